import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, mergeClasses, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { ThemeMode } from "../theme/pick-theme-mode";
import { useAppStyles } from "./App.styles";
import { BuildingNotice } from "./BuildingNotice";
import { PaneHeader } from "./PaneHeader";

export interface AppProps {
  /**
   * Fluent theme to render with, matching Office's.
   * @defaultvalue "light"
   */
  readonly themeMode?: ThemeMode;
  /** A problem met while starting, shown above the content. */
  readonly startupProblem?: string;
  /** Extra class for the root, applied last. */
  readonly className?: string;
}

/** The Collect task pane: theme provider, header and content. */
export function App({ themeMode = "light", startupProblem, className }: AppProps) {
  const styles = useAppStyles();
  return (
    <FluentProvider theme={themeMode === "dark" ? webDarkTheme : webLightTheme} className={mergeClasses(styles.root, className)} data-theme={themeMode}>
      <PaneHeader />
      <main className={styles.body}>
        {startupProblem !== undefined && (
          <MessageBar intent="error">
            <MessageBarBody>
              <MessageBarTitle>Collect could not start</MessageBarTitle>
              {startupProblem}
            </MessageBarBody>
          </MessageBar>
        )}
        <BuildingNotice />
      </main>
    </FluentProvider>
  );
}
