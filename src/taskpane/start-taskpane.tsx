import type { ReactNode } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./components/App";
import type { PaneEnvironment } from "./desk/pane-environment";
import { pickThemeMode, type OfficeThemeLike } from "./theme/pick-theme-mode";

/** The slice of the `Office` global that start-up uses. */
export interface OfficeStartup {
  onReady(): Promise<unknown>;
  readonly context?: { readonly officeTheme?: OfficeThemeLike | undefined } | undefined;
}

/** Options for {@link startTaskpane}. */
export interface StartTaskpaneOptions {
  /**
   * Office.js, or undefined to start without it (plain browser, tests).
   * @defaultvalue the global `Office` when office.js loaded, else undefined
   */
  readonly office?: OfficeStartup | undefined;
  /**
   * Whether the browser prefers a dark scheme; used only when Office reports no theme.
   * @defaultvalue `matchMedia("(prefers-color-scheme: dark)")`, false where unavailable
   */
  readonly prefersDark?: boolean;
  /** A problem found while wiring the runtime (e.g. the date system could not be read), shown in the pane. */
  readonly runtimeProblem?: string | null;
  /** The workbook and what the pane may do with it (from the composition root); without it the pane says how to open Collect from Excel. */
  readonly environment?: PaneEnvironment;
  /** Content above the pane (the browser preview's file bar). */
  readonly banner?: ReactNode;
}

/** taskpane.html has no element to mount into: the template and the entry disagree. */
export class MissingContainerError extends Error {
  constructor(selector: string) {
    super(`Collect task pane: no element ${selector} to render into`);
    this.name = "MissingContainerError";
  }
}

function globalOffice(): OfficeStartup | undefined {
  // office.js comes from the Office CDN; outside Office or offline it may never define `Office`.
  return typeof Office === "undefined" ? undefined : Office;
}

function browserPrefersDark(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Renders the task pane into `container`: after `Office.onReady` when office.js is present, at once
 * when it is not, with the light or dark Fluent theme that matches Office.
 * @returns the React root, so callers (tests) can unmount it
 */
export async function startTaskpane(container: HTMLElement | null, options: StartTaskpaneOptions = {}): Promise<Root> {
  if (container === null) throw new MissingContainerError("#container");
  const office = "office" in options ? options.office : globalOffice();
  let startupProblem: string | undefined;
  if (office !== undefined) {
    try {
      await office.onReady();
    } catch (error) {
      // Shown in the pane (STYLE.md: the task pane maps failures to a MessageBar), not swallowed.
      startupProblem = `Office did not finish loading (${describeError(error)}). Close the pane and open it again from Home, Collect.`;
    }
  }
  if (startupProblem === undefined && options.runtimeProblem != null) startupProblem = options.runtimeProblem;
  const themeMode = pickThemeMode(office?.context?.officeTheme, { prefersDark: options.prefersDark ?? browserPrefersDark() });
  const root = createRoot(container);
  root.render(
    <App
      themeMode={themeMode}
      {...(startupProblem === undefined ? {} : { startupProblem })}
      {...(options.environment === undefined ? {} : { environment: options.environment })}
      banner={options.banner}
    />,
  );
  return root;
}
