import { parseRelationships, relationshipXml, relsPathOf, resolveTarget } from "./opc-package";

describe("OPC part names", () => {
  it.each([
    { name: "a sibling folder", source: "xl/worksheets/sheet1.xml", target: "../drawings/drawing1.xml", expected: "xl/drawings/drawing1.xml" },
    { name: "a subfolder", source: "xl/workbook.xml", target: "worksheets/sheet2.xml", expected: "xl/worksheets/sheet2.xml" },
    { name: "an absolute target", source: "xl/workbook.xml", target: "/xl/styles.xml", expected: "xl/styles.xml" },
    { name: "the package root", source: "", target: "xl/workbook.xml", expected: "xl/workbook.xml" },
    { name: "a ./ segment", source: "xl/workbook.xml", target: "./theme/theme1.xml", expected: "xl/theme/theme1.xml" },
  ])("resolves $name", ({ source, target, expected }) => {
    expect(resolveTarget(source, target)).toBe(expected);
  });

  it("finds the relationships part of a part", () => {
    expect(relsPathOf("xl/workbook.xml")).toBe("xl/_rels/workbook.xml.rels");
    expect(relsPathOf("xl/worksheets/sheet3.xml")).toBe("xl/worksheets/_rels/sheet3.xml.rels");
  });

  it("writes a relative target that resolves back to the part", () => {
    const xml = relationshipXml("rId1", "t", "xl/worksheets/sheet1.xml", "xl/tables/table2.xml");
    expect(xml).toContain('Target="../tables/table2.xml"');
    expect(parseRelationships(xml, "xl/worksheets/sheet1.xml")).toEqual([{ id: "rId1", type: "t", target: "xl/tables/table2.xml", external: false }]);
  });

  it.each([
    { name: "an external link (kept as written)", xml: `<Relationship Id="r1" Type="h" Target="https://a.example/?x=1&amp;y=2" TargetMode="External"/>`, expected: [{ id: "r1", type: "h", target: "https://a.example/?x=1&y=2", external: true }] },
    { name: "single-quoted attributes", xml: `<Relationship Id='r2' Type='t' Target='x.xml'/>`, expected: [{ id: "r2", type: "t", target: "xl/x.xml", external: false }] },
    { name: "a relationship without a target (skipped)", xml: `<Relationship Id="r3" Type="t"/>`, expected: [] },
    { name: "no relationships", xml: "<Relationships/>", expected: [] },
  ])("parses $name", ({ xml, expected }) => {
    expect(parseRelationships(xml, "xl/workbook.xml")).toEqual(expected);
  });
});
