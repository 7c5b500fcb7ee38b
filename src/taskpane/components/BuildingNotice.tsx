import { Badge, Body1, Caption1, Card, CardHeader, Subtitle2, mergeClasses } from "@fluentui/react-components";
import { useBuildingNoticeStyles } from "./BuildingNotice.styles";

/** Views the finished pane will have (DESIGN.md, src/taskpane). */
const UPCOMING_VIEWS = ["Setup", "Worklist", "Customers", "Letters", "Metrics", "Policy"] as const;

export interface BuildingNoticeProps {
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** Placeholder content until the collections desk views land: what is coming, and what works today. */
export function BuildingNotice({ className }: BuildingNoticeProps) {
  const styles = useBuildingNoticeStyles();
  return (
    <Card className={mergeClasses(styles.root, className)}>
      <CardHeader
        header={
          <Subtitle2 as="h2" className={styles.heading}>
            The collections desk is being built
          </Subtitle2>
        }
      />
      <Body1>
        Soon this pane will read your invoice list and show today&apos;s worklist: which customers to contact, by call,
        e-mail or letter, and why.
      </Body1>
      <ul className={styles.views} aria-label="Coming views">
        {UPCOMING_VIEWS.map((view) => (
          <li key={view}>
            <Badge appearance="tint" color="brand">
              {view}
            </Badge>
          </li>
        ))}
      </ul>
      <Caption1 className={styles.hint}>
        Your sheets are never changed: Collect only writes sheets whose names start with &quot;Collect&quot;.
        Meanwhile, type <span className={styles.formula}>=COLLECT.</span> in a cell to use the formulas.
      </Caption1>
    </Card>
  );
}
