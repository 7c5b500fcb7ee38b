/** @jest-environment jsdom */
import { simpleParser } from "mailparser";
import { docxText } from "../../../../test/golden/docx-text";
import { sampleHost } from "../../../../test/helpers/sample-book";
import { button, changeValue, click, control, openTab, renderPane, settled, type RenderedPane } from "../../../../test/helpers/render-pane";

let pane: RenderedPane | undefined;
afterEach(() => pane?.unmount());

async function openLetters(options: Parameters<typeof renderPane>[1] = {}): Promise<RenderedPane> {
  const rendered = await renderPane(await sampleHost(), options);
  await settled(rendered.container);
  await openTab(rendered.container, "Letters");
  return rendered;
}

describe("LettersView", () => {
  it("previews the letter of the customer picked: letterhead, address, subject, invoices and totals", async () => {
    pane = await openLetters();
    expect(pane.container.querySelector("#letters-heading")?.textContent).toBe("13 letters ready");
    await changeValue(control(pane.container, "Letter to"), "C032");
    const letter = pane.container.querySelector('article[aria-label="Letter to Kestrel Facilities Management Ltd"]');
    expect(letter?.textContent).toContain("Harbour Lane Supplies Ltd");
    expect(letter?.textContent).toContain("INV-10432");
    expect(letter?.querySelectorAll("tbody tr").length).toBeGreaterThan(1);
  });

  it("downloads the Word letters, the selected e-mail draft, every draft and the merge CSV", async () => {
    pane = await openLetters();
    await click(button(pane.container, "Download all 13 letters as one Word file"));
    await settled(pane.container);
    const docx = pane.saved[0];
    expect(docx?.fileName).toBe("Collect letters 2026-11-30.docx");
    expect(await docxText(Buffer.from(docx?.content as Uint8Array))).toContain("Quayside Kitchen & Bar Ltd");

    await click(button(pane.container, "Download the e-mail draft to Quayside"));
    await settled(pane.container);
    const eml = await simpleParser(String(pane.saved[1]?.content));
    expect(eml.headers.get("x-unsent")).toBe("1");
    expect(eml.subject).toContain("Final notice");

    const before = pane.saved.length;
    await click(button(pane.container, /^Download all \d+ e-mail drafts/));
    await settled(pane.container);
    expect(pane.saved.length - before).toBeGreaterThan(5);
    expect(pane.saved.slice(before).every((file) => file.fileName.endsWith(".eml"))).toBe(true);

    await click(button(pane.container, "Download the Word mail-merge source"));
    await settled(pane.container);
    expect(pane.saved[pane.saved.length - 1]?.fileName).toBe("Collect merge 2026-11-30.csv");
  });

  it("writes the Collect sheets (merge sheet included) and logs the letters", async () => {
    pane = await openLetters();
    const host = pane.env.host as Awaited<ReturnType<typeof sampleHost>>;
    await click(button(pane.container, "Write Collect sheets"));
    await settled(pane.container);
    expect(host.log.written).toEqual(expect.arrayContaining(["Collect Worklist", "Collect Customers", "Collect Merge"]));
    expect(host.log.created).toEqual(expect.arrayContaining(["Collect Policy", "Collect Log", "Collect Letters"]));
    expect(pane.container.textContent).toMatch(/Wrote \d+ sheets/);
  });

  it("where downloads are blocked (Excel on Mac), offers the merge sheet with instructions and the e-mail text to copy", async () => {
    pane = await openLetters({ env: { downloadsBlocked: true } });
    expect(pane.container.textContent).toContain("Excel on Mac cannot save files from an add-in");
    expect(() => button(pane?.container as HTMLElement, /^Download all/)).toThrow();
    const text = control(pane.container, "E-mail text to copy into Outlook") as HTMLTextAreaElement;
    expect(text.value).toMatch(/^To: .+\nSubject: Final notice/);
  });
});
