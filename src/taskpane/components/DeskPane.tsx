import { Button, Tooltip } from "@fluentui/react-components";
import { ArrowClockwise20Regular } from "./icons";
import { lazy, Suspense, type ReactNode } from "react";
import { DeskProvider } from "../desk/DeskContext";
import type { PaneEnvironment } from "../desk/pane-environment";
import { useCollectDesk, type PaneTab } from "../desk/useCollectDesk";
import { shortDate } from "../format/format";
import { WorklistView } from "../views/worklist/WorklistView";
import { NotReady } from "./NotReady";
import { useDeskPaneStyles } from "./DeskPane.styles";
import { DeskTabs } from "./DeskTabs";
import { PaneHeader } from "./PaneHeader";
import { StatusArea } from "./StatusArea";

export interface DeskPaneProps {
  /** The workbook and what the pane may do with it. */
  readonly environment: PaneEnvironment;
  /** A start-up message bar to show above the status. */
  readonly startupProblem?: ReactNode;
}

// The Worklist opens with the pane; every other view is its own chunk, fetched the first time its tab is opened,
// so the pane starts with less to load (Excel loads taskpane.js before anything shows).
const SetupView = lazy(() => import("../views/setup/SetupView").then((m) => ({ default: m.SetupView })));
const CustomerView = lazy(() => import("../views/customer/CustomerView").then((m) => ({ default: m.CustomerView })));
const LettersView = lazy(() => import("../views/letters/LettersView").then((m) => ({ default: m.LettersView })));
const PolicyView = lazy(() => import("../views/policy/PolicyView").then((m) => ({ default: m.PolicyView })));
const MetricsView = lazy(() => import("../views/metrics/MetricsView").then((m) => ({ default: m.MetricsView })));

const VIEWS: Readonly<Record<PaneTab, () => ReactNode>> = {
  setup: () => <SetupView />,
  worklist: () => <WorklistView />,
  customer: () => <CustomerView />,
  letters: () => <LettersView />,
  policy: () => <PolicyView />,
  metrics: () => <MetricsView />,
};

/** The collections desk: header, tabs, progress and messages, and the selected view, over one workbook. */
export function DeskPane({ environment, startupProblem }: DeskPaneProps) {
  const styles = useDeskPaneStyles();
  const desk = useCollectDesk(environment);
  const refresh = (
    <Tooltip content="Read the workbook again" relationship="label">
      <Button appearance="subtle" icon={<ArrowClockwise20Regular />} onClick={desk.refresh} disabled={desk.busy !== null} />
    </Tooltip>
  );
  return (
    <DeskProvider desk={desk}>
      <div className={styles.top}>
        <PaneHeader description={`${environment.workbookName} · as of ${shortDate(desk.asOf, environment.locale)}`} actions={refresh} />
        <DeskTabs selected={desk.tab} onSelect={desk.setTab} />
      </div>
      <StatusArea busy={desk.busy} problem={desk.problem} notice={desk.notice} onDismissNotice={desk.dismissNotice} onDismissProblem={desk.dismissProblem}>
        {startupProblem}
      </StatusArea>
      <main className={styles.view} id={`collect-view-${desk.tab}`} aria-label={`${desk.tab} view`}>
        <Suspense fallback={<NotReady label="Opening the view" loading />}>{VIEWS[desk.tab]()}</Suspense>
      </main>
    </DeskProvider>
  );
}
