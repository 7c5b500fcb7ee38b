import { Tab, TabList, mergeClasses } from "@fluentui/react-components";
import {
  DataBarVertical20Regular,
  Gavel20Regular,
  MailEdit20Regular,
  Person20Regular,
  TableEdit20Regular,
  TaskListLtr20Regular,
} from "./icons";
import type { ReactElement } from "react";
import type { PaneTab } from "../desk/useCollectDesk";
import { useDeskTabsStyles } from "./DeskTabs.styles";

/** Label, icon and screen-reader description of each view. */
const TABS: readonly { readonly value: PaneTab; readonly label: string; readonly icon: ReactElement; readonly description: string }[] = [
  { value: "setup", label: "Setup", icon: <TableEdit20Regular />, description: "Which sheets and columns Collect read, and the as-of date" },
  { value: "worklist", label: "Worklist", icon: <TaskListLtr20Regular />, description: "Today's customers to contact, most urgent first" },
  { value: "customer", label: "Customer", icon: <Person20Regular />, description: "One customer's account and the contact log" },
  { value: "letters", label: "Letters", icon: <MailEdit20Regular />, description: "Preview and export letters and e-mail drafts" },
  { value: "policy", label: "Policy", icon: <Gavel20Regular />, description: "Collection stages, days, tone and priority weights" },
  { value: "metrics", label: "Metrics", icon: <DataBarVertical20Regular />, description: "DSO, CEI, days delinquent and aging" },
];

export interface DeskTabsProps {
  /** The view shown. */
  readonly selected: PaneTab;
  /** Called with the view the user picked (click, or arrow keys then Enter/Space). */
  readonly onSelect: (tab: PaneTab) => void;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** The pane's six views as tabs with an icon over a short label, sized to fit a 320 px pane. */
export function DeskTabs({ selected, onSelect, className }: DeskTabsProps) {
  const styles = useDeskTabsStyles();
  return (
    <nav className={mergeClasses(styles.root, className)} aria-label="Collect views">
      <TabList className={styles.list} size="small" selectedValue={selected} onTabSelect={(_, data) => onSelect(data.value as PaneTab)}>
        {TABS.map((tab) => (
          <Tab key={tab.value} value={tab.value} icon={tab.icon} className={styles.tab} content={{ className: styles.content }} title={tab.description} aria-label={`${tab.label}: ${tab.description}`}>
            <span className={styles.label}>{tab.label}</span>
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
