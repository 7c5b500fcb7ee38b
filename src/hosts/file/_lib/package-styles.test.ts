import { appendOwnedStyles, styleKeyOf } from "./package-styles";

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="170" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><tableStyles count="0"/></styleSheet>`;

describe("appendOwnedStyles", () => {
  it("appends new formats after the user's, reusing the user's number format ids and Excel's built-in ones", () => {
    const patched = appendOwnedStyles(STYLES, [
      { numberFormat: "yyyy-mm-dd", bold: false },
      { numberFormat: "#,##0.00", bold: false },
      { numberFormat: "0.0%", bold: false },
      { numberFormat: "General", bold: true },
      { numberFormat: "General", bold: false },
    ], ["FFF4CE"]);
    expect(patched).not.toBeNull();
    const xml = patched?.xml ?? "";
    expect(patched?.xfIndex.get(styleKeyOf("General", false))).toBe(0);
    expect(patched?.xfIndex.get(styleKeyOf("yyyy-mm-dd", false))).toBe(2);
    expect(xml).toContain(`<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
    expect(xml).toContain(`<xf numFmtId="4" fontId="0"`);
    expect(xml).toContain(`<numFmts count="2"><numFmt numFmtId="170" formatCode="yyyy-mm-dd"/><numFmt numFmtId="171" formatCode="0.0%"/></numFmts>`);
    expect(xml).toContain(`<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>`);
    expect(xml).toContain(`<cellXfs count="6">`);
    // The user's own entries keep their places: cells of the user's sheets still point at the same styles.
    expect(xml).toContain(`<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment horizontal="left"/></xf>`);
    expect(xml.indexOf("<dxfs")).toBeGreaterThan(xml.indexOf("</cellStyles>"));
    expect(xml.indexOf("<dxfs")).toBeLessThan(xml.indexOf("<tableStyles"));
    expect(patched?.dxfIndex.get("FFF4CE")).toBe(0);
  });

  it("adds nothing the second time: every entry it would add is already there", () => {
    const styles = [{ numberFormat: "0.0%", bold: false }, { numberFormat: "General", bold: true }];
    const once = appendOwnedStyles(STYLES, styles, ["FFF4CE"])?.xml ?? "";
    expect(appendOwnedStyles(once, styles, ["FFF4CE"])?.xml).toBe(once);
  });

  it("adds a numFmts collection first in the part when the workbook has none", () => {
    const xml = appendOwnedStyles(STYLES.replace(/<numFmts[\s\S]*?<\/numFmts>/, ""), [{ numberFormat: "0.0%", bold: false }], [])?.xml ?? "";
    // 171: the fixture's cellXfs still use id 170, so a new custom id must come after it.
    expect(xml).toMatch(/<styleSheet [^>]*><numFmts count="1"><numFmt numFmtId="171" formatCode="0.0%"\/><\/numFmts><fonts/);
  });

  it("gives a new number format an id no number format in the part uses, those inside dxfs included", () => {
    const withDxf = STYLES.replace("<tableStyles", '<dxfs count="1"><dxf><numFmt numFmtId="190" formatCode="0.000"/></dxf></dxfs><tableStyles');
    const xml = appendOwnedStyles(withDxf, [{ numberFormat: "0.0000%", bold: false }], [])?.xml ?? "";
    expect(xml).toContain('<numFmt numFmtId="191" formatCode="0.0000%"/>');
  });

  it.each([
    { name: "no cellXfs", xml: STYLES.replace(/<cellXfs[\s\S]*?<\/cellXfs>/, "") },
    { name: "no fonts", xml: STYLES.replace(/<fonts[\s\S]*?<\/fonts>/, "") },
    { name: "a prefixed part", xml: STYLES.replace(/<(\/?)(\w)/g, "<$1x:$2") },
  ])("returns null for a styles part with $name", ({ xml }) => {
    expect(appendOwnedStyles(xml, [{ numberFormat: "0.0%", bold: false }], [])).toBeNull();
  });
});
