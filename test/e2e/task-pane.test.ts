/*
 * The task pane end to end, in Debian's Chromium driven by playwright-core: the browser preview (dist-preview/, built
 * by `npm run build:preview`, which `npm test` and `npm run test:e2e` run first) served on 127.0.0.1 by this test,
 * with office.js from node_modules and nothing from the network. Walks every view, changes a column mapping, logs a
 * promise and sees the worklist change, downloads the letters and reads them back (JSZip, mailparser), and fails on
 * any console error, page error or request that leaves the test server. Screenshots of each view go to
 * test-results/ (look at them), and to docs/ for the README when UPDATE_SCREENSHOTS=1.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { simpleParser } from "mailparser";
import Papa from "papaparse";
import { chromium, type BrowserContext, type Download, type Page } from "playwright-core";
import { docxText } from "../golden/docx-text";
import { startStaticServer, type StaticServer } from "./static-server";

const ROOT = path.join(__dirname, "..", "..");
const CHROMIUM = "/usr/bin/chromium";
const PREVIEW = path.join(ROOT, "dist-preview");
const OFFICE_JS = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === "1" ? "docs" : "test-results");
/** The launch flags that work here (TOOLCHAIN.md, "Browser screenshots"). */
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
/** A narrow Excel task pane. */
const PANE = { width: 360, height: 800 };
const STEP_TIMEOUT_MS = 20_000;

const HAS_CHROMIUM = fs.existsSync(CHROMIUM);
// The only environment this suite cannot run in: no browser. It then skips and its title says why.
const describeInChromium = HAS_CHROMIUM ? describe : describe.skip;
const title = HAS_CHROMIUM ? "the task pane in Chromium" : `the task pane in Chromium (skipped: ${CHROMIUM} is not installed; apt-get install -y chromium)`;

describeInChromium(title, () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const problems: string[] = [];

  /** Records what must never happen: console errors, page errors, failed or outside requests. */
  function watch(target: Page): void {
    target.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    target.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    target.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`));
  }

  async function openPreview(query = ""): Promise<Page> {
    const opened = await context.newPage();
    watch(opened);
    await opened.goto(`${server.url}${query}`);
    await opened.locator("#worklist-heading").waitFor({ timeout: STEP_TIMEOUT_MS });
    return opened;
  }

  async function idle(target: Page = page): Promise<void> {
    await target.locator('[role="status"]').waitFor({ state: "detached", timeout: STEP_TIMEOUT_MS });
  }

  async function showTab(name: string, target: Page = page): Promise<void> {
    await target.getByRole("tab", { name: new RegExp(`^${name}:`) }).click();
    await target.locator(`main#collect-view-${name.toLowerCase()}`).waitFor();
    await target.locator('[aria-label="Opening the view"]').waitFor({ state: "detached", timeout: STEP_TIMEOUT_MS });
  }

  async function screenshot(name: string, target: Page = page): Promise<void> {
    await target.locator("main").evaluate((main) => main.scrollTo(0, 0));
    // Let the tab indicator and accordion transitions finish.
    await target.waitForTimeout(400);
    await target.screenshot({ path: path.join(SCREENSHOTS, `pane-${name}.png`) });
  }

  async function download(click: () => Promise<void>): Promise<{ readonly name: string; readonly bytes: Buffer }> {
    const [started] = await Promise.all([page.waitForEvent("download", { timeout: STEP_TIMEOUT_MS }), click()]);
    return read(started);
  }

  async function read(started: Download): Promise<{ readonly name: string; readonly bytes: Buffer }> {
    const file = await started.path();
    return { name: started.suggestedFilename(), bytes: fs.readFileSync(file) };
  }

  beforeAll(async () => {
    if (!fs.existsSync(path.join(PREVIEW, "index.html"))) {
      throw new Error(`${PREVIEW}/index.html is missing: build the preview first with "npm run build:preview" (npm test and npm run test:e2e do).`);
    }
    server = await startStaticServer(PREVIEW, { "/office-js": OFFICE_JS });
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "collect-e2e-"));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, viewport: PANE, acceptDownloads: true, deviceScaleFactor: 1, reducedMotion: "reduce" });
    // Nothing may leave the test server: anything else is recorded and refused.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
      problems.push(`request outside the test server: ${url}`);
      return route.abort();
    });
    page = await openPreview();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir !== undefined) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it("opens the sample on its own as-of date with today's worklist, most urgent first", async () => {
    await expect(page.locator("header").textContent()).resolves.toContain("sample.xlsx · as of 30 Nov 2026");
    await expect(page.locator("#worklist-heading").textContent()).resolves.toBe("15 customers to contact");
    const first = page.locator('ul[aria-label="Customers to contact today"] > li').first();
    await expect(first.getAttribute("data-customer")).resolves.toBe("C001");
    await expect(first.textContent()).resolves.toContain("6 · Final notice");
    // The analysis ran in the web worker (its own chunk), off the pane's thread.
    expect(server.requests).toContain("/collect-analysis.js");
    await screenshot("worklist");
  });

  it("shows what Collect read on Setup, and keeps a changed column in the Collect Settings sheet", async () => {
    await showTab("Setup");
    await expect(page.locator('[data-field="dueDate"] select').inputValue()).resolves.toBe("F");
    await screenshot("setup");
    await page.locator('[data-field="notes"] select').selectOption("none");
    await idle();
    await expect(page.locator(".fui-MessageBar").first().textContent()).resolves.toContain('Saved in the "Collect Settings" sheet');
    await expect(page.locator('[data-field="notes"]').count()).resolves.toBe(0);
    await expect(page.getByRole("button", { name: /Collect Settings/ }).count()).resolves.toBe(1);
  });

  it("opens a customer from the worklist with its account status", async () => {
    await showTab("Worklist");
    await page.locator('li[data-customer="C001"] > button').click();
    await page.locator("main#collect-view-customer").waitFor();
    await page.locator('[aria-label="Opening the view"]').waitFor({ state: "detached", timeout: STEP_TIMEOUT_MS });
    await expect(page.locator("main h2").first().textContent()).resolves.toContain("Quayside Kitchen & Bar Ltd");
    await expect(page.locator("main").textContent()).resolves.toContain("Rating D");
    await screenshot("customer");
  });

  it("logs a call with a promise; the customer leaves the worklist and shows 'On hold' with the promise", async () => {
    const form = page.locator('form[aria-label="Log a contact with Quayside Kitchen & Bar Ltd"]');
    await form.getByLabel("Discussed").fill("Dean agreed to clear the two oldest invoices");
    await form.getByLabel("Promised amount (GBP)").fill("5000");
    await form.getByLabel("Promised by").fill("2026-12-10");
    await form.getByRole("button", { name: "Save to Collect Log" }).click();
    await idle();
    await expect(page.locator(".fui-MessageBar").first().textContent()).resolves.toContain("Contact saved in Collect Log");
    await expect(page.locator("main").textContent()).resolves.toMatch(/NextOn hold: .*promise/);
    await showTab("Worklist");
    await expect(page.locator("#worklist-heading").textContent()).resolves.toBe("14 customers to contact");
    await expect(page.locator('ul[aria-label="Customers to contact today"] li[data-customer="C001"]').count()).resolves.toBe(0);
    await page.getByRole("button", { name: /^On hold \(/ }).click();
    await expect(page.locator('ul[aria-label="Customers on hold"] li[data-customer="C001"]').textContent()).resolves.toMatch(/On hold: .*promise.*until/);
  });

  it("previews a letter and downloads the Word letters, an e-mail draft and the merge CSV that real readers accept", async () => {
    await showTab("Letters");
    await page.getByLabel("Letter to", { exact: true }).selectOption("C030");
    await expect(page.locator('article[aria-label="Letter to Wessex Fire & Rescue Service"]').textContent()).resolves.toContain("INV-10466");
    await screenshot("letters");

    const docx = await download(() => page.getByRole("button", { name: /^Download all \d+ letters as one Word file/ }).click());
    expect(docx.name).toBe("Collect letters 2026-11-30.docx");
    expect(docx.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
    const text = await docxText(docx.bytes);
    expect(text).toContain("Wessex Fire & Rescue Service");
    expect(text).toContain("Kestrel Facilities Management Ltd");
    expect(text).toContain("INV-10466");

    const eml = await download(() => page.getByRole("button", { name: "Download the e-mail draft to Wessex Fire & Rescue Service" }).click());
    expect(eml.name).toMatch(/^C030-.*\.eml$/);
    const message = await simpleParser(eml.bytes);
    expect(message.headers.get("x-unsent")).toBe("1");
    expect(message.to).toBeDefined();
    expect(message.text).toContain("INV-10466");
    expect(message.html).toContain("<table");

    const csv = await download(() => page.getByRole("button", { name: "Download the Word mail-merge source as CSV" }).click());
    expect(csv.name).toBe("Collect merge 2026-11-30.csv");
    const rows = Papa.parse<string[]>(csv.bytes.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows[0]?.[0]).toBe("customer_key");
    expect(rows.map((row) => row[0])).toContain("C030");
  });

  it("edits the policy with validation under the field, then saves it", async () => {
    await showTab("Policy");
    await screenshot("policy");
    const firm = page.locator('[role="group"][aria-label="Stage 5 of Standard"]');
    await firm.getByLabel("Days from due").fill("-30");
    await page.getByRole("button", { name: "Save policy" }).click();
    await expect(firm.textContent()).resolves.toContain("Must be 1 or later: stages come in order.");
    await firm.getByLabel("Days from due").fill("20");
    await page.getByRole("button", { name: "Save policy" }).click();
    await idle();
    await expect(page.locator(".fui-MessageBar").first().textContent()).resolves.toContain('Policy saved in the "Collect Policy" sheet');
  });

  it("replays a draft beside the saved policy off the click, then writes it to the workbook", async () => {
    const final = page.locator('[role="group"][aria-label="Stage 6 of Standard"]');
    await final.getByLabel("Days from due").fill("30");
    const started = Date.now();
    await page.getByRole("button", { name: "What if…" }).click();
    await page.getByRole("button", { name: "Stop" }).waitFor({ timeout: STEP_TIMEOUT_MS });
    const table = page.locator('table[aria-label^="What if"]');
    await table.waitFor({ timeout: 60_000 });
    process.stdout.write(`what-if replay of the sample in Chromium: ${Date.now() - started} ms\n`);
    await expect(table.locator("tr", { hasText: "All contacts" }).textContent()).resolves.toMatch(/^All contacts[\d,]+[\d,]+[+−]?\d/);
    // Only the final notice changed since the save: the form restarted from the saved policy (stage 5 at 20 everywhere),
    // and the scenarios whose final notice was Standard's follow the edit.
    const compared = await page.locator("section[aria-labelledby='what-if-heading']").textContent();
    expect(compared).toContain('Late-payer risk stage 6 "Final notice": starts 30 days after due (was 45 days after due)');
    expect(compared).not.toContain("stage 5");
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, "pane-policy-what-if.png") });
    await page.getByRole("button", { name: "Write to the workbook" }).click();
    await expect(page.locator("section[aria-labelledby='what-if-heading']").textContent()).resolves.toContain('Wrote "Collect Policy Draft" and "Collect What-if".');
  });

  it("shows DSO, CEI, days delinquent and the aging chart on Metrics", async () => {
    await showTab("Metrics");
    await expect(page.locator('[role="group"][aria-label^="DSO: "]').getAttribute("aria-label")).resolves.toMatch(/^DSO: \d+ days$/);
    await expect(page.locator('[aria-label="Aging of the open balance in GBP"] li').count()).resolves.toBe(6);
    await screenshot("metrics");
  });

  it("follows a dark theme, and offers the merge sheet where downloads are blocked (Excel on Mac)", async () => {
    const dark = await openPreview("?theme=dark");
    await expect(dark.locator("[data-theme]").getAttribute("data-theme")).resolves.toBe("dark");
    await screenshot("worklist-dark", dark);
    await dark.close();
    const mac = await openPreview("?mac=1");
    await showTab("Letters", mac);
    await expect(mac.locator("main").textContent()).resolves.toContain("Excel on Mac cannot save files from an add-in");
    await expect(mac.getByLabel("E-mail text to copy into Outlook").inputValue()).resolves.toMatch(/^To: /);
    await mac.close();
  });

  it("starts under the local office.js too, which then tries to reach Microsoft's telemetry (why the preview leaves it out)", async () => {
    const before = problems.length;
    const withOffice = await openPreview("?officejs=1");
    await expect(withOffice.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).resolves.toBe("object");
    await expect(withOffice.locator("#worklist-heading").textContent()).resolves.toBe("15 customers to contact");
    expect(server.requests).toContain("/office-js/office.js");
    // office.js' plain-browser start-up (o15apptofilemappingtable.js) opens a hidden telemetry frame after 3 s.
    await withOffice.waitForTimeout(3500);
    await withOffice.close();
    const seen = problems.splice(before);
    expect(seen.every((problem) => problem.includes("telemetryservice.firstpartyapps.oaspapps.com"))).toBe(true);
  });

  it("saw no console error, page error, failed request or request outside the test server", () => {
    expect(problems).toEqual([]);
  });
});
