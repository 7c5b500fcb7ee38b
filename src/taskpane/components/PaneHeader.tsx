import { Caption1, Title3, mergeClasses } from "@fluentui/react-components";
import { usePaneHeaderStyles } from "./PaneHeader.styles";

export interface PaneHeaderProps {
  /**
   * Product name shown as the heading.
   * @defaultvalue "Collect"
   */
  readonly title?: string;
  /**
   * One line under the heading saying what the pane is for.
   * @defaultvalue "Who to contact today, how and why, from your own invoice list."
   */
  readonly description?: string;
  /**
   * Icon URL, relative to taskpane.html (webpack copies assets/ next to it).
   * @defaultvalue "assets/icon-32.png"
   */
  readonly iconSrc?: string;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** The pane's banner: icon, product name and a one-line description. */
export function PaneHeader({
  title = "Collect",
  description = "Who to contact today, how and why, from your own invoice list.",
  iconSrc = "assets/icon-32.png",
  className,
}: PaneHeaderProps) {
  const styles = usePaneHeaderStyles();
  return (
    <header className={mergeClasses(styles.root, className)}>
      <img className={styles.icon} src={iconSrc} alt="" width={32} height={32} />
      <div className={styles.text}>
        <Title3 as="h1" className={styles.title}>
          {title}
        </Title3>
        <Caption1 className={styles.description}>{description}</Caption1>
      </div>
    </header>
  );
}
