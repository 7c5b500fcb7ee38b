/** @jest-environment jsdom */
import "../../test/helpers/jsdom-globals";
import { act } from "react";
import type { Root } from "react-dom/client";
import { MissingContainerError, startTaskpane, type OfficeStartup } from "./start-taskpane";

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}

let container: HTMLElement;
let root: Root | undefined;

beforeAll(() => {
  // Fluent's MessageBar watches its width with ResizeObserver, which jsdom does not implement.
  if (typeof window.ResizeObserver === "undefined") {
    window.ResizeObserver = jest.fn(() => ({ observe: jest.fn(), unobserve: jest.fn(), disconnect: jest.fn() }));
  }
});

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement("div");
  document.body.appendChild(container);
});

afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  container.remove();
});

async function start(options: Parameters<typeof startTaskpane>[1]): Promise<void> {
  await act(async () => {
    root = await startTaskpane(container, options);
  });
}

describe("startTaskpane", () => {
  it("renders at once in light theme when office.js is absent", async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe("undefined");
    await start({});
    expect(container.querySelector("h1")?.textContent).toBe("Collect");
    expect(container.textContent).toContain("Open Collect from Excel");
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("light");
  });

  it("waits for Office.onReady and follows Office's dark theme", async () => {
    const order: string[] = [];
    const office: OfficeStartup = {
      onReady: async () => {
        order.push("onReady");
      },
      context: { officeTheme: { isDarkTheme: true } },
    };
    await start({ office });
    order.push("rendered");
    expect(order).toEqual(["onReady", "rendered"]);
    expect(container.querySelector("[data-theme]")?.getAttribute("data-theme")).toBe("dark");
  });

  it("shows why in a message bar when Office fails to get ready, and still renders the pane", async () => {
    const office: OfficeStartup = { onReady: () => Promise.reject(new Error("host not supported")) };
    await start({ office });
    const messageBar = container.querySelector(".fui-MessageBar");
    expect(messageBar?.textContent).toContain("Collect could not start");
    expect(messageBar?.textContent).toContain("Office did not finish loading (host not supported)");
    expect(container.querySelector("h1")?.textContent).toBe("Collect");
  });

  it("throws a named error when there is no container to render into", async () => {
    await expect(startTaskpane(null, {})).rejects.toThrow(MissingContainerError);
  });
});
