import { benchLetters5000 } from "./bench-letters";

describe("benchLetters5000", () => {
  it("measures the Collect path and the bare docx path on the same letters (numbers only; no timing is asserted)", async () => {
    const bench = await benchLetters5000({ count: 12 });
    expect(bench.letters).toBe(12);
    expect(bench.collectMs).toBeGreaterThanOrEqual(0);
    expect(bench.docxBareMs).toBeGreaterThanOrEqual(0);
    expect(Number.isFinite(bench.ratio)).toBe(true);
    expect(bench.docxBytes).toBeGreaterThan(0);
  });
});
