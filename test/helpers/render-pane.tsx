import "./jsdom-globals";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import type { IsoDate } from "../../src/core/dates/iso-date";
import type { WorkbookHost } from "../../src/hosts/host";
import type { DownloadFile } from "../../src/service/letter-files";
import { App } from "../../src/taskpane/components/App";
import type { PaneEnvironment } from "../../src/taskpane/desk/pane-environment";
import type { ThemeMode } from "../../src/taskpane/theme/pick-theme-mode";
import { SAMPLE_AS_OF } from "./sample-book";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

/** A rendered pane, its environment, the files it handed out, and helpers to drive it like a user. */
export interface RenderedPane {
  readonly container: HTMLElement;
  readonly env: PaneEnvironment;
  readonly saved: DownloadFile[];
  unmount(): void;
}

/** jsdom lacks what Fluent's MessageBar and positioning use; these stand-ins do nothing. */
export function installDomStubs(): void {
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    } as unknown as typeof ResizeObserver;
  }
  if (typeof window.matchMedia !== "function") {
    window.matchMedia = ((query: string) => ({ matches: false, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false })) as typeof window.matchMedia;
  }
  if (typeof Element.prototype.scrollIntoView !== "function") Element.prototype.scrollIntoView = () => {};
}

/** Renders the whole pane (App with the desk) over `host`, as of the sample's day, with a fixed clock. */
export async function renderPane(host: WorkbookHost, options: { readonly env?: Partial<PaneEnvironment>; readonly themeMode?: ThemeMode } = {}): Promise<RenderedPane> {
  installDomStubs();
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  const container = document.createElement("div");
  document.body.appendChild(container);
  const saved: DownloadFile[] = [];
  const env: PaneEnvironment = {
    host,
    workbookName: "sample.xlsx",
    downloadsBlocked: false,
    today: () => "2026-11-25" as IsoDate,
    timeOfDay: () => "10:30",
    saveFile: (file) => saved.push(file),
    locale: "en-GB",
    initialAsOf: SAMPLE_AS_OF,
    ...options.env,
  };
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(<App environment={env} themeMode={options.themeMode ?? "light"} />);
  });
  return {
    container,
    env,
    saved,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Waits (letting React and timers run) until `check` passes, or fails with its last error after `timeoutMs`. */
export async function waitFor(check: () => void, timeoutMs = 8000): Promise<void> {
  const started = Date.now();
  let last: unknown;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      last = error;
    }
    if (Date.now() - started > timeoutMs) throw last;
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 25));
    });
  }
}

/** Waits until the pane has finished what it is doing (no progress bar) and shows a view. */
export async function settled(container: HTMLElement): Promise<void> {
  await waitFor(() => {
    if (container.querySelector('[role="status"]') !== null) throw new Error("the pane is still busy");
    if (container.querySelector('[aria-label="Reading the workbook"]') !== null) throw new Error("the pane has not read the workbook yet");
    if (container.querySelector('[aria-label="Opening the view"]') !== null) throw new Error("the view is still loading");
  });
}

/** Clicks an element inside act. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error("nothing to click");
  await act(async () => {
    element.click();
  });
}

/** Types a value into an input, textarea or select the way React notices (native setter, then input/change events). */
export async function changeValue(element: Element | null | undefined, value: string): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement)) throw new Error("not a form control");
  const prototype = Object.getPrototypeOf(element) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, "value")?.set;
  await act(async () => {
    setter?.call(element, value);
    element.dispatchEvent(new Event("input", { bubbles: true }));
    element.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

/** Opens a view by its tab and waits until its code has loaded (views other than the Worklist load lazily). */
export async function openTab(container: HTMLElement, label: string): Promise<void> {
  await click(tab(container, label));
  await settled(container);
}

/** The tab of a view by its label ("Worklist"). */
export function tab(container: HTMLElement, label: string): HTMLElement {
  const found = [...container.querySelectorAll<HTMLElement>('[role="tab"]')].find((el) => el.textContent?.trim().startsWith(label));
  if (found === undefined) throw new Error(`no tab "${label}"`);
  return found;
}

/** The button whose text or accessible label starts with `text` (or matches it, for a pattern). */
export function button(container: ParentNode, text: string | RegExp): HTMLButtonElement {
  const matches = (value: string | null): boolean => value !== null && (typeof text === "string" ? value.trim().startsWith(text) : text.test(value));
  const found = [...container.querySelectorAll<HTMLButtonElement>("button")].find((el) => matches(el.getAttribute("aria-label")) || matches(el.textContent));
  if (found === undefined) throw new Error(`no button "${text}"`);
  return found;
}

/** The form control labelled `label` (Fluent Field labels point at their control). */
export function control(container: ParentNode, label: string): HTMLElement {
  const labelElement = [...container.querySelectorAll<HTMLLabelElement>("label")].find((el) => el.textContent?.trim().replace(/\s*\*$/, "") === label);
  const id = labelElement?.htmlFor;
  const found = id === undefined || id === "" ? null : document.getElementById(id);
  if (found === null) throw new Error(`no control labelled "${label}"`);
  return found;
}
