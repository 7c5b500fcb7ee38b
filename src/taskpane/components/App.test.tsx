/** @jest-environment jsdom */
import "../../../test/helpers/jsdom-globals";
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { bookOf, gridOf } from "../../../test/helpers/grid-of";
import { MemoryHost } from "../../../test/helpers/memory-host";
import { button, click, installDomStubs, openTab, renderPane, settled, type RenderedPane } from "../../../test/helpers/render-pane";
import { sampleHost } from "../../../test/helpers/sample-book";
import { App } from "./App";

let container: HTMLElement;
let root: Root;
let pane: RenderedPane | undefined;

beforeEach(() => {
  installDomStubs();
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  pane?.unmount();
  pane = undefined;
});

/** Every button, input, select and textarea has a name a screen reader can say. */
function unnamedControls(scope: HTMLElement): string[] {
  const named = (el: Element): boolean => {
    if ((el.getAttribute("aria-label") ?? "").trim() !== "") return true;
    const labelledBy = el.getAttribute("aria-labelledby");
    if (labelledBy !== null && labelledBy.split(" ").some((id) => (document.getElementById(id)?.textContent ?? "").trim() !== "")) return true;
    if (el.id !== "" && scope.querySelector(`label[for="${el.id}"]`) !== null) return true;
    if (el.closest("label") !== null) return true;
    return el.tagName === "BUTTON" && (el.textContent ?? "").trim() !== "";
  };
  return [...scope.querySelectorAll("button, input, select, textarea")].filter((el) => !(el as HTMLInputElement).hidden && (el as HTMLInputElement).type !== "hidden" && !named(el)).map((el) => el.outerHTML.slice(0, 120));
}

describe("App", () => {
  it("without a workbook, says how to open Collect from Excel", () => {
    act(() => root.render(<App />));
    expect(container.querySelector("header h1")?.textContent).toBe("Collect");
    expect(container.querySelector("h2")?.textContent).toBe("Open Collect from Excel");
  });

  it("shows a start-up problem in an error message bar", () => {
    act(() => root.render(<App startupProblem="Office did not finish loading." />));
    expect(container.querySelector(".fui-MessageBar")?.textContent).toContain("Collect could not startOffice did not finish loading.");
  });

  it("renders in the dark theme and adds the caller's className last", () => {
    act(() => root.render(<App themeMode="dark" className="caller-class" />));
    const provider = container.querySelector("[data-theme]");
    expect(provider?.getAttribute("data-theme")).toBe("dark");
    expect(provider?.classList.contains("caller-class")).toBe(true);
  });

  it("with a workbook, shows the workbook and as-of date in the header and the six views as tabs", async () => {
    pane = await renderPane(await sampleHost());
    await settled(pane.container);
    expect(pane.container.querySelector("header")?.textContent).toContain("sample.xlsx · as of 30 Nov 2026");
    const tabs = [...pane.container.querySelectorAll('[role="tab"]')].map((t) => t.textContent?.slice(0, t.textContent.length / 2));
    expect(tabs).toEqual(["Setup", "Worklist", "Customer", "Letters", "Policy", "Metrics"]);
    expect(pane.container.querySelector('[role="tab"][aria-selected="true"]')?.getAttribute("aria-label")).toMatch(/^Worklist: /);
  });

  it("gives every control of every view a name for screen readers", async () => {
    pane = await renderPane(await sampleHost());
    await settled(pane.container);
    await click(pane.container.querySelector('li[data-customer="C001"] > button'));
    await settled(pane.container);
    const missing: string[] = [];
    for (const view of ["Setup", "Worklist", "Customer", "Letters", "Policy", "Metrics"]) {
      await openTab(pane.container, view);
      missing.push(...unnamedControls(pane.container).map((html) => `${view}: ${html}`));
    }
    expect(missing).toEqual([]);
  });

  it("names the sheet and what to do when the workbook cannot be read, and recovers on refresh", async () => {
    const host = new MemoryHost(bookOf([gridOf("Invoices", [["Invoice", "Customer", "Due", "Amount"]])]), { failWith: new Error("RichApi.Error: InvalidOperationInCellEditMode") });
    pane = await renderPane(host);
    await settled(pane.container);
    expect(pane.container.querySelector(".fui-MessageBar")?.textContent).toContain("Reading the workbook failedExcel is still editing a cell. Press Enter or Esc in the sheet, then try again.");
    host.failWith = null;
    await click(button(pane.container, "Read the workbook again"));
    await settled(pane.container);
    expect(pane.container.querySelector(".fui-MessageBar")).toBeNull();
    expect(pane.container.querySelector("#worklist-heading")?.textContent).toBe("0 customers to contact");
  });
});
