import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { PaneEnvironment } from "../desk/pane-environment";
import type { ThemeMode } from "../theme/pick-theme-mode";
import { useAppStyles } from "./App.styles";
import { DeskPane } from "./DeskPane";
import { NoWorkbookNotice } from "./NoWorkbookNotice";
import { PaneHeader } from "./PaneHeader";

export interface AppProps {
  /**
   * Fluent theme to render with, matching Office's.
   * @defaultvalue "light"
   */
  readonly themeMode?: ThemeMode;
  /** A problem met while starting, shown above the content. */
  readonly startupProblem?: string;
  /** The workbook and what the pane may do with it; without one the pane says how to open it from Excel. */
  readonly environment?: PaneEnvironment;
  /** Content above the pane (the browser preview's file bar). */
  readonly banner?: ReactNode;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** The Collect task pane: theme provider at the root, then the collections desk over the given workbook. */
export function App({ themeMode = "light", startupProblem, environment, banner, className }: AppProps) {
  const styles = useAppStyles();
  const problem =
    startupProblem === undefined ? null : (
      <MessageBar intent="error">
        <MessageBarBody>
          <MessageBarTitle>Collect could not start</MessageBarTitle>
          {startupProblem}
        </MessageBarBody>
      </MessageBar>
    );
  return (
    <FluentProvider theme={themeMode === "dark" ? webDarkTheme : webLightTheme} className={mergeClasses(styles.root, className)} data-theme={themeMode}>
      {banner}
      {environment === undefined ? (
        <>
          <PaneHeader />
          <main className={styles.body}>
            {problem}
            <NoWorkbookNotice />
          </main>
        </>
      ) : (
        <DeskPane environment={environment} startupProblem={problem} />
      )}
    </FluentProvider>
  );
}
