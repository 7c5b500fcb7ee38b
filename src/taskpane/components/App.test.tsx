/** @jest-environment jsdom */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "./App";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let container: HTMLElement;
let root: Root;

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("App", () => {
  it("shows the Collect header with its one-line description", () => {
    act(() => root.render(<App />));
    expect(container.querySelector("header h1")?.textContent).toBe("Collect");
    expect(container.querySelector("header")?.textContent).toContain("Who to contact today, how and why");
  });

  it("says the collections desk is being built and lists the coming views", () => {
    act(() => root.render(<App />));
    expect(container.querySelector("h2")?.textContent).toBe("The collections desk is being built");
    const views = Array.from(container.querySelectorAll('[aria-label="Coming views"] li'), (li) => li.textContent);
    expect(views).toEqual(["Setup", "Worklist", "Customers", "Letters", "Metrics", "Policy"]);
  });

  it("renders no message bar when start-up went well", () => {
    act(() => root.render(<App themeMode="dark" />));
    expect(container.textContent).not.toContain("could not start");
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
  });

  it("adds the caller's className to the root", () => {
    act(() => root.render(<App className="caller-class" />));
    expect(container.querySelector("[data-theme]")?.classList.contains("caller-class")).toBe(true);
  });
});
