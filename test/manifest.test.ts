import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inflateSync } from "zlib";
import { checkManifest, defaultSchemaDir, hasXmllint, parseXml, validateWithXsd } from "../scripts/validate-manifest";

const repoRoot = path.resolve(__dirname, "..");
const manifestPath = path.join(repoRoot, "manifest.xml");
const manifestText = fs.readFileSync(manifestPath, "utf8");
const validatorScript = path.join(repoRoot, "scripts", "validate-manifest.js");

let tempDir = "";
beforeAll(() => {
  tempDir = fs.mkdtempSync(path.join(os.tmpdir(), "collect-manifest-"));
});
afterAll(() => {
  fs.rmSync(tempDir, { recursive: true, force: true });
});

/** Writes a copy of manifest.xml with one replacement applied, failing if the replacement did nothing. */
function writeBrokenCopy(name: string, from: string | RegExp, to: string): string {
  const broken = manifestText.replace(from, to);
  if (broken === manifestText) throw new Error(`broken copy "${name}": ${String(from)} not found in manifest.xml`);
  const file = path.join(tempDir, `${name.replace(/[^a-z0-9]+/gi, "-")}.xml`);
  fs.writeFileSync(file, broken);
  return file;
}

function runValidator(args: readonly string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [validatorScript, ...args], { cwd: repoRoot, encoding: "utf8" });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("manifest.xml", () => {
  it("passes every JS check with no warnings", () => {
    const result = checkManifest(manifestText);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.summary).toMatchObject({ id: "d685d60e-3df1-4fce-a3bb-4c2cac4c88e5", version: "1.0.0.0" });
  });

  it("uses the shared runtime for the pane, the functions page and the function file", () => {
    const root = parseXml(manifestText);
    const all: ReturnType<typeof parseXml>[] = [];
    const visit = (n: ReturnType<typeof parseXml>): void => {
      all.push(n);
      n.children.forEach(visit);
    };
    visit(root);
    const runtime = all.find((n) => n.localName === "Runtime");
    expect(runtime?.attrs).toEqual({ resid: "Taskpane.Url", lifetime: "long" });
    const page = all.find((n) => n.localName === "Page");
    expect(page?.children[0]?.attrs.resid).toBe("Taskpane.Url");
    expect(all.find((n) => n.localName === "FunctionFile")?.attrs.resid).toBe("Taskpane.Url");
    expect(all.find((n) => n.localName === "TaskpaneId")?.text).toBe("CollectPane");
    expect(all.find((n) => n.localName === "OfficeTab")?.attrs.id).toBe("TabHome");
  });

  it("names icons and a help page that exist in assets/ at the size their names promise", () => {
    const urls = Array.from(manifestText.matchAll(/https:\/\/localhost:3000\/(assets\/[\w.-]+|help\.html)"/g), (m) => m[1] ?? "");
    expect(urls).toContain("help.html");
    for (const url of new Set(urls)) {
      // help.html lives in assets/ and is copied to the root of dist/ by webpack.
      const file = path.join(repoRoot, url.startsWith("assets/") ? url : path.join("assets", url));
      expect(fs.existsSync(file)).toBe(true);
      const size = /icon-(\d+)\.png$/.exec(url)?.[1];
      if (size === undefined) continue;
      const png = fs.readFileSync(file);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(png.toString("ascii", 12, 16)).toBe("IHDR");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(size), Number(size)]);
    }
  });

  it("ships icons that are opaque in the middle and transparent in the corners", () => {
    // Decode the single IDAT of icon-32.png (filter type 0 rows, as scripts/make-icons.js writes).
    const png = fs.readFileSync(path.join(repoRoot, "assets", "icon-32.png"));
    const idatLength = png.readUInt32BE(33);
    expect(png.toString("ascii", 37, 41)).toBe("IDAT");
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    const alphaAt = (x: number, y: number): number => raw[y * (32 * 4 + 1) + 1 + x * 4 + 3] ?? -1;
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(31, 31)).toBe(0);
    expect(alphaAt(16, 4)).toBe(255);
  });

  it("prints a summary and exits 0 from the command line", () => {
    const { status, output } = runValidator(["manifest.xml"]);
    expect(output).toMatch(/Id d685d60e-3df1-4fce-a3bb-4c2cac4c88e5, Version 1\.0\.0\.0/);
    expect(status).toBe(0);
  });
});

describe("broken copies of manifest.xml", () => {
  const longText = (length: number): string => "x".repeat(length);
  it.each([
    {
      name: "dangling resid",
      from: 'resid="GetStarted.Title"',
      to: 'resid="GetStarted.Missing"',
      message: /^<Title resid="GetStarted\.Missing"> \(line \d+\): resid "GetStarted\.Missing" is not defined in <Resources>$/,
    },
    {
      name: "http URL in bt:Url",
      from: "https://localhost:3000/functions.json",
      to: "http://localhost:3000/functions.json",
      message: /^<bt:Url id="Functions\.Metadata\.Url"> \(line \d+\): DefaultValue "http:\/\/localhost:3000\/functions\.json" uses http; Office requires https$/,
    },
    {
      name: "http SupportUrl",
      from: '<SupportUrl DefaultValue="https://',
      to: '<SupportUrl DefaultValue="http://',
      message: /^<SupportUrl> \(line \d+\): DefaultValue "http:\/\/localhost:3000\/help\.html" uses http/,
    },
    {
      name: "bad GUID",
      from: /<Id>[^<]*<\/Id>/,
      to: "<Id>d685d60e-3df1-4fce-a3bb-4c2cac4c88e</Id>",
      message: /^<Id> \(line \d+\): "d685d60e-3df1-4fce-a3bb-4c2cac4c88e" is not a GUID/,
    },
    {
      name: "bad version",
      from: "<Version>1.0.0.0</Version>",
      to: "<Version>1.0.0.0.1</Version>",
      message: /^<Version> \(line \d+\): "1\.0\.0\.0\.1" is not a version \(expected 1 to 4 dot-separated numbers/,
    },
    {
      name: "non-numeric version",
      from: "<Version>1.0.0.0</Version>",
      to: "<Version>1.0-beta</Version>",
      message: /^<Version> \(line \d+\): "1\.0-beta" is not a version/,
    },
    {
      name: "duplicated resource id",
      from: /(<bt:Url id="Taskpane\.Url"[^>]*\/>)/,
      to: "$1\n        $1",
      message: /^<bt:Url id="Taskpane\.Url"> \(line \d+\): resource id "Taskpane\.Url" is defined 2 times \(bt:Urls line \d+, bt:Urls line \d+\)/,
    },
    {
      name: "resid of the wrong kind",
      from: '<Label resid="Collect.Group.Label"/>',
      to: '<Label resid="Taskpane.Url"/>',
      message: /^<Label resid="Taskpane\.Url"> \(line \d+\): resid "Taskpane\.Url" points to a bt:Url in bt:Urls, but <Label> needs a bt:String in bt:ShortStrings$/,
    },
    {
      name: "wrong namespace",
      from: 'DefaultValue="COLLECT"',
      to: 'DefaultValue="COLLECTIONS"',
      message: /^<bt:String id="Functions\.Namespace"> \(line \d+\): custom-functions namespace is "COLLECTIONS", expected "COLLECT"$/,
    },
    {
      name: "short string over 125 characters",
      from: 'DefaultValue="Collections"',
      to: `DefaultValue="${longText(126)}"`,
      message: /^<bt:String id="Collect\.Group\.Label"> \(line \d+\): DefaultValue is 126 characters; the maximum is 125$/,
    },
    {
      name: "long string over 250 characters",
      from: /(<bt:String id="Collect\.OpenPane\.Tooltip" DefaultValue=")[^"]*"/,
      to: `$1${longText(251)}"`,
      message: /^<bt:String id="Collect\.OpenPane\.Tooltip"> \(line \d+\): DefaultValue is 251 characters; the maximum is 250$/,
    },
    {
      name: "resource id over 32 characters",
      from: /"Functions\.Metadata\.Url"/g,
      to: '"Functions.Metadata.Url.For.The.Collect.Addin"',
      message: /resource id "Functions\.Metadata\.Url\.For\.The\.Collect\.Addin" is 44 characters; ids must be 1 to 32$/,
    },
    {
      name: "malformed XML",
      from: "</Hosts>",
      to: "</Host>",
      message: /^manifest is not well-formed XML: line \d+: <\/Host> does not match: expected <\/Hosts>/,
    },
  ])("rejects a manifest with a $name", ({ name, from, to, message }) => {
    const file = writeBrokenCopy(name, from, to);
    const { errors } = checkManifest(fs.readFileSync(file, "utf8"));
    expect(errors).toEqual([expect.stringMatching(message)]);
  });

  it("exits 1 from the command line and names the element", () => {
    const file = writeBrokenCopy("cli dangling resid", 'resid="Collect.OpenPane.Tooltip"', 'resid="Collect.OpenPane.Tip"');
    const { status, output } = runValidator([file]);
    expect(output).toMatch(/<Description resid="Collect\.OpenPane\.Tip"> \(line \d+\): resid "Collect\.OpenPane\.Tip" is not defined/);
    expect(status).toBe(1);
  });
});

describe("XSD check when the schemas are unavailable", () => {
  it("is skipped with a reason, and the JS checks still decide the exit code", () => {
    const missing = path.join(tempDir, "no-such-schemas");
    expect(validateWithXsd(manifestPath, missing)).toEqual({ status: "skipped", reason: expect.stringMatching(/xmllint is not on PATH|does not exist/) });
    const { status, output } = runValidator(["manifest.xml", "--schemas", missing]);
    expect(output).toMatch(/^XSD check skipped: /m);
    expect(status).toBe(0);
  });
});

const schemaDir = defaultSchemaDir(repoRoot);
const xsdSkipReason = !hasXmllint()
  ? "xmllint missing (apt-get install -y libxml2-utils)"
  : !fs.existsSync(path.join(schemaDir, "OfficeAppManifestV1_1.xsd"))
    ? `../shared absent (no ${schemaDir})`
    : null;
if (xsdSkipReason !== null) {
  console.log(`manifest XSD tests skipped: ${xsdSkipReason}`);
}
const describeIfXmllint = xsdSkipReason === null ? describe : describe.skip;

describeIfXmllint("XSD validation with xmllint", () => {
  it("accepts manifest.xml", () => {
    expect(validateWithXsd(manifestPath, schemaDir)).toMatchObject({ status: "passed" });
  });

  it("rejects top-level elements out of order, which the JS checks cannot see", () => {
    const file = writeBrokenCopy("xsd order", /(<ProviderName>Collect<\/ProviderName>)(\s*<DefaultLocale>en-US<\/DefaultLocale>)(\s*<DisplayName DefaultValue="Collect"\/>)/, "$3$2\n  $1");
    expect(checkManifest(fs.readFileSync(file, "utf8")).errors).toEqual([]);
    const result = validateWithXsd(file, schemaDir);
    expect(result.status).toBe("failed");
    expect(result.output).toMatch(/:\d+: element DisplayName: Schemas validity error .*This element is not expected/);
    const cli = runValidator([file]);
    expect(cli.output).toMatch(/XSD check failed/);
    expect(cli.status).toBe(1);
  });

  it("rejects CustomFunctions children out of order (Script, Page, Metadata, Namespace)", () => {
    const file = writeBrokenCopy("xsd cf order", /(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/, "$3$2$1");
    expect(validateWithXsd(file, schemaDir)).toMatchObject({ status: "failed", output: expect.stringMatching(/element Page: Schemas validity error/) });
  });

  it("rejects a Runtime lifetime other than short or long", () => {
    const file = writeBrokenCopy("xsd lifetime", 'lifetime="long"', 'lifetime="forever"');
    expect(validateWithXsd(file, schemaDir)).toMatchObject({ status: "failed", output: expect.stringMatching(/lifetime.*forever/) });
  });
});
