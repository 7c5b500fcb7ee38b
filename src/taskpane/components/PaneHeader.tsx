import { Caption1, Subtitle1, mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { usePaneHeaderStyles } from "./PaneHeader.styles";

export interface PaneHeaderProps {
  /**
   * Product name shown as the heading.
   * @defaultvalue "Collect"
   */
  readonly title?: string;
  /**
   * One line under the heading: the workbook and the as-of date, or what the pane is for.
   * @defaultvalue "Who to contact today, how and why, from your own invoice list."
   */
  readonly description?: string;
  /**
   * Icon URL, relative to the page (webpack copies assets/ next to it).
   * @defaultvalue "assets/icon-32.png"
   */
  readonly iconSrc?: string;
  /** Buttons at the right end (refresh). */
  readonly actions?: ReactNode;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** The pane's banner: icon, product name, one line of context and the header's actions. */
export function PaneHeader({
  title = "Collect",
  description = "Who to contact today, how and why, from your own invoice list.",
  iconSrc = "assets/icon-32.png",
  actions,
  className,
}: PaneHeaderProps) {
  const styles = usePaneHeaderStyles();
  return (
    <header className={mergeClasses(styles.root, className)}>
      <img className={styles.icon} src={iconSrc} alt="" width={24} height={24} />
      <div className={styles.text}>
        <Subtitle1 as="h1" className={styles.title}>
          {title}
        </Subtitle1>
        <Caption1 className={styles.description} title={description}>
          {description}
        </Caption1>
      </div>
      {actions}
    </header>
  );
}
