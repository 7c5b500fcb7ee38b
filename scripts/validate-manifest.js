#!/usr/bin/env node
/**
 * Offline checks for the add-in manifest (`npm run validate`).
 *
 *   node scripts/validate-manifest.js [manifest.xml] [--schemas DIR]
 *
 * 1. XSD: when `xmllint` is on PATH and the schema folder exists (default `../shared/schemas`
 *    beside the repository), runs `xmllint --noout --schema OfficeAppManifestV1_1.xsd`. That
 *    catches element order, unknown elements and bad attribute values. Otherwise it prints why
 *    the XSD part was skipped; the skip alone does not fail the run.
 * 2. Cross-checks the XSD cannot express (pure JS, always run): every `resid` is defined exactly
 *    once in <Resources> and of the right kind, no resource id is duplicated, every URL is https,
 *    <Id> is a GUID, <Version> is 1-4 dot-separated numbers, the custom-functions namespace is
 *    COLLECT, short strings fit 125 characters and long strings 250.
 *
 * Exit 0 when everything that ran passed, 1 otherwise, with one line per problem naming the element
 * and its line. The checks are exported for test/manifest.test.ts.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { URL } = require("url");

/** The custom-functions namespace every COLLECT.* formula uses. */
const EXPECTED_NAMESPACE = "COLLECT";
/** bt:ShortString and bt:LongString maximum lengths (OfficeAppBasicTypesV1_0.xsd). */
const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;
/** bt:ReferenceId maximum length: resource ids longer than this are rejected by Office. */
const RESOURCE_ID_MAX = 32;
const GUID_PATTERN = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** bt:Version: 1 to 4 dot-separated numbers of up to 5 digits. */
const VERSION_PATTERN = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;
const SCHEMA_FILE = "OfficeAppManifestV1_1.xsd";

/** Resource collections inside <Resources>, by local name, and the kind of resource each holds. */
const RESOURCE_KINDS = {
  Images: { kind: "image", label: "bt:Images" },
  Urls: { kind: "url", label: "bt:Urls" },
  ShortStrings: { kind: "short", label: "bt:ShortStrings" },
  LongStrings: { kind: "long", label: "bt:LongStrings" },
};

/** What a resid on each element must point at (local element name -> resource kind). */
const RESID_EXPECTED_KIND = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Runtime: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

/** Elements whose DefaultValue (and Override Value) is a URL. */
const URL_ELEMENTS = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation", "Url", "Image"]);

// ---------------------------------------------------------------- a small XML parser

/** Malformed XML: the manifest cannot be read at all. */
class ManifestParseError extends Error {
  constructor(message, line) {
    super(`line ${line}: ${message}`);
    this.name = "ManifestParseError";
    this.line = line;
  }
}

function decodeEntities(text, line) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);|&/g, (match, entity) => {
    if (entity === undefined) throw new ManifestParseError(`bare "&" (write &amp;)`, line);
    if (entity === "amp") return "&";
    if (entity === "lt") return "<";
    if (entity === "gt") return ">";
    if (entity === "quot") return '"';
    if (entity === "apos") return "'";
    const code = entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}

function lineAt(text, index) {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/**
 * Parses XML text into element nodes `{ name, localName, attrs, children, text, line, parent }`.
 * Handles comments, CDATA, processing instructions, entities and self-closing tags; enough for a
 * manifest, not a general XML parser (no DTDs).
 */
function parseXml(text) {
  const document = { name: "#document", localName: "#document", attrs: {}, children: [], text: "", line: 1, parent: null };
  const stack = [document];
  let index = 0;
  const lineOf = (i) => lineAt(text, i);
  while (index < text.length) {
    const lt = text.indexOf("<", index);
    const chunkEnd = lt === -1 ? text.length : lt;
    if (chunkEnd > index) {
      const raw = text.slice(index, chunkEnd);
      const top = stack[stack.length - 1];
      if (top === document) {
        if (raw.trim() !== "") throw new ManifestParseError("text outside the root element", lineOf(index));
      } else {
        top.text += decodeEntities(raw, lineOf(index));
      }
    }
    if (lt === -1) break;
    const line = lineOf(lt);
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt + 4);
      if (end === -1) throw new ManifestParseError("unterminated comment", line);
      index = end + 3;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt + 9);
      if (end === -1) throw new ManifestParseError("unterminated CDATA section", line);
      stack[stack.length - 1].text += text.slice(lt + 9, end);
      index = end + 3;
    } else if (text.startsWith("<?", lt)) {
      const end = text.indexOf("?>", lt + 2);
      if (end === -1) throw new ManifestParseError("unterminated processing instruction", line);
      index = end + 2;
    } else if (text.startsWith("<!", lt)) {
      throw new ManifestParseError("DOCTYPE and other declarations are not allowed in a manifest", line);
    } else if (text.startsWith("</", lt)) {
      const end = text.indexOf(">", lt);
      if (end === -1) throw new ManifestParseError("unterminated end tag", line);
      const name = text.slice(lt + 2, end).trim();
      const top = stack.pop();
      if (!top || top === document || top.name !== name) {
        const expected = top && top !== document ? `</${top.name}> (opened on line ${top.line})` : "no end tag";
        throw new ManifestParseError(`</${name}> does not match: expected ${expected}`, line);
      }
      index = end + 1;
    } else {
      const tagPattern = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
      tagPattern.lastIndex = lt;
      const match = tagPattern.exec(text);
      if (!match) throw new ManifestParseError("malformed start tag", line);
      const [, name, attrText, selfClosing] = match;
      const attrs = {};
      const attrPattern = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
      let attr;
      while ((attr = attrPattern.exec(attrText)) !== null) {
        const [, attrName, doubleQuoted, singleQuoted] = attr;
        if (Object.prototype.hasOwnProperty.call(attrs, attrName)) {
          throw new ManifestParseError(`attribute ${attrName} repeated on <${name}>`, line);
        }
        attrs[attrName] = decodeEntities(doubleQuoted !== undefined ? doubleQuoted : singleQuoted, line);
      }
      const parent = stack[stack.length - 1];
      if (parent === document && document.children.length > 0) {
        throw new ManifestParseError(`second root element <${name}>`, line);
      }
      const node = { name, localName: name.includes(":") ? name.slice(name.indexOf(":") + 1) : name, attrs, children: [], text: "", line, parent };
      parent.children.push(node);
      if (!selfClosing) stack.push(node);
      index = lt + match[0].length;
    }
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1];
    throw new ManifestParseError(`<${open.name}> is never closed`, open.line);
  }
  const root = document.children[0];
  if (!root) throw new ManifestParseError("no root element", 1);
  root.parent = null;
  return root;
}

/** Every element below (and including) `node`, in document order. */
function allElements(node) {
  const out = [];
  const visit = (n) => {
    out.push(n);
    n.children.forEach(visit);
  };
  visit(node);
  return out;
}

function childrenNamed(node, localName) {
  return node.children.filter((c) => c.localName === localName);
}

/** `<bt:Url id="Taskpane.Url"> (line 103)`: how a problem names its element. */
function describe(node) {
  const key = node.attrs.id !== undefined ? ` id="${node.attrs.id}"` : node.attrs.resid !== undefined ? ` resid="${node.attrs.resid}"` : "";
  return `<${node.name}${key}> (line ${node.line})`;
}

// ---------------------------------------------------------------- checks

/**
 * The resources declared in <VersionOverrides>/<Resources>: id -> [{ kind, node, collection }].
 * More than one entry under an id means it is duplicated.
 */
function collectResources(root) {
  const byId = new Map();
  const resources = allElements(root).filter((n) => n.localName === "Resources");
  for (const container of resources) {
    for (const collection of container.children) {
      const info = RESOURCE_KINDS[collection.localName];
      if (!info) continue;
      for (const item of collection.children) {
        const id = item.attrs.id;
        if (id === undefined) continue;
        const entries = byId.get(id) || [];
        entries.push({ kind: info.kind, collection: info.label, node: item });
        byId.set(id, entries);
      }
    }
  }
  return byId;
}

/** <Id> must be a GUID (8-4-4-4-12 hex digits). */
function checkId(root) {
  const ids = childrenNamed(root, "Id");
  if (ids.length !== 1) return [`<${root.name}>: expected exactly one <Id>, found ${ids.length}`];
  const value = ids[0].text.trim();
  return GUID_PATTERN.test(value) ? [] : [`${describe(ids[0])}: "${value}" is not a GUID (expected 8-4-4-4-12 hex digits, e.g. d685d60e-3df1-4fce-a3bb-4c2cac4c88e5)`];
}

/** <Version> must be 1 to 4 dot-separated numbers (e.g. 1.0.0.0). */
function checkVersion(root) {
  const versions = childrenNamed(root, "Version");
  if (versions.length !== 1) return [`<${root.name}>: expected exactly one <Version>, found ${versions.length}`];
  const value = versions[0].text.trim();
  return VERSION_PATTERN.test(value) ? [] : [`${describe(versions[0])}: "${value}" is not a version (expected 1 to 4 dot-separated numbers, e.g. 1.0.0.0)`];
}

/** No resource id is defined twice, and each id fits bt:ReferenceId (1-32 characters). */
function checkResourceIds(root) {
  const problems = [];
  for (const [id, entries] of collectResources(root)) {
    if (entries.length > 1) {
      const places = entries.map((e) => `${e.collection} line ${e.node.line}`).join(", ");
      problems.push(`${describe(entries[1].node)}: resource id "${id}" is defined ${entries.length} times (${places}); ids must be unique`);
    }
    if (id.length < 1 || id.length > RESOURCE_ID_MAX) {
      problems.push(`${describe(entries[0].node)}: resource id "${id}" is ${id.length} characters; ids must be 1 to ${RESOURCE_ID_MAX}`);
    }
  }
  return problems;
}

/** Every resid="..." names exactly one resource of the kind its element needs. */
function checkResids(root) {
  const problems = [];
  const resources = collectResources(root);
  const kindLabel = { image: "bt:Image in bt:Images", url: "bt:Url in bt:Urls", short: "bt:String in bt:ShortStrings", long: "bt:String in bt:LongStrings" };
  for (const node of allElements(root)) {
    const resid = node.attrs.resid;
    if (resid === undefined) continue;
    const entries = resources.get(resid);
    if (!entries) {
      problems.push(`${describe(node)}: resid "${resid}" is not defined in <Resources>`);
      continue;
    }
    // Duplicates are reported once by checkResourceIds; here only the kind matters.
    const expected = RESID_EXPECTED_KIND[node.localName];
    if (expected && !entries.some((e) => e.kind === expected)) {
      problems.push(`${describe(node)}: resid "${resid}" points to a ${kindLabel[entries[0].kind]}, but <${node.name}> needs a ${kindLabel[expected]}`);
    }
  }
  return problems;
}

/** Ids defined in <Resources> that nothing references (a warning, not an error). */
function findUnusedResources(root) {
  const used = new Set(allElements(root).map((n) => n.attrs.resid).filter((r) => r !== undefined));
  const unused = [];
  for (const [id, entries] of collectResources(root)) {
    if (!used.has(id)) unused.push(`${describe(entries[0].node)}: resource "${id}" is never referenced`);
  }
  return unused;
}

function httpsProblem(value) {
  let url;
  try {
    url = new URL(value);
  } catch (error) {
    return `"${value}" is not an absolute URL (${error.message})`;
  }
  return url.protocol === "https:" ? null : `"${value}" uses ${url.protocol.replace(":", "")}; Office requires https`;
}

/**
 * Every URL is https: DefaultValue/Value of URL elements (IconUrl, SupportUrl, SourceLocation,
 * bt:Url, bt:Image, ...), <AppDomain> text, and any other attribute or text that starts with a URL
 * scheme. Namespace declarations (xmlns) are names, not URLs, and are skipped.
 */
function checkUrls(root) {
  const problems = [];
  const checked = new Set();
  for (const node of allElements(root)) {
    const isUrlElement = URL_ELEMENTS.has(node.localName) || (node.localName === "Override" && node.parent && URL_ELEMENTS.has(node.parent.localName));
    for (const attrName of ["DefaultValue", "Value"]) {
      const value = node.attrs[attrName];
      if (!isUrlElement || value === undefined) continue;
      checked.add(`${node.line}:${attrName}`);
      const problem = httpsProblem(value);
      if (problem) problems.push(`${describe(node)}: ${attrName} ${problem}`);
    }
    if (node.localName === "AppDomain") {
      const problem = httpsProblem(node.text.trim());
      if (problem) problems.push(`${describe(node)}: ${problem}`);
      continue;
    }
    for (const [attrName, value] of Object.entries(node.attrs)) {
      if (attrName === "xmlns" || attrName.startsWith("xmlns:") || checked.has(`${node.line}:${attrName}`)) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim())) {
        const problem = httpsProblem(value.trim());
        if (problem) problems.push(`${describe(node)}: ${attrName} ${problem}`);
      }
    }
    const text = node.text.trim();
    if (node.children.length === 0 && /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
      const problem = httpsProblem(text);
      if (problem) problems.push(`${describe(node)}: ${problem}`);
    }
  }
  return problems;
}

/** The CustomFunctions extension point's <Namespace> resolves to the short string "COLLECT". */
function checkNamespace(root, expected = EXPECTED_NAMESPACE) {
  const extensionPoints = allElements(root).filter((n) => n.localName === "ExtensionPoint" && /(^|:)CustomFunctions$/.test(n.attrs["xsi:type"] || ""));
  if (extensionPoints.length === 0) return [`<${root.name}>: no <ExtensionPoint xsi:type="CustomFunctions">, so COLLECT.* functions would not load`];
  const problems = [];
  const resources = collectResources(root);
  for (const point of extensionPoints) {
    const namespace = childrenNamed(point, "Namespace")[0];
    if (!namespace) {
      problems.push(`${describe(point)}: no <Namespace>; expected one whose string is "${expected}"`);
      continue;
    }
    const entry = (resources.get(namespace.attrs.resid) || []).find((e) => e.kind === "short");
    if (!entry) continue; // checkResids reports the dangling or wrong-kind resid
    const value = entry.node.attrs.DefaultValue;
    if (value !== expected) problems.push(`${describe(entry.node)}: custom-functions namespace is "${value}", expected "${expected}"`);
  }
  return problems;
}

function lengthProblem(node, attrName, max) {
  const value = node.attrs[attrName];
  if (value === undefined) return `${describe(node)}: missing ${attrName}`;
  const length = Array.from(value).length;
  if (length < 1) return `${describe(node)}: ${attrName} is empty; it needs 1 to ${max} characters`;
  if (length > max) return `${describe(node)}: ${attrName} is ${length} characters; the maximum is ${max}`;
  return null;
}

/**
 * bt:ShortStrings (and <DisplayName>) fit 125 characters; bt:LongStrings (and the top-level
 * <Description>) fit 250, including every <Override>.
 */
function checkStringLengths(root) {
  const problems = [];
  const checkWithOverrides = (node, max) => {
    const own = lengthProblem(node, "DefaultValue", max);
    if (own) problems.push(own);
    for (const override of childrenNamed(node, "Override")) {
      const problem = lengthProblem(override, "Value", max);
      if (problem) problems.push(problem);
    }
  };
  for (const node of allElements(root)) {
    if (node.localName === "ShortStrings" || node.localName === "LongStrings") {
      const max = node.localName === "ShortStrings" ? SHORT_STRING_MAX : LONG_STRING_MAX;
      childrenNamed(node, "String").forEach((s) => checkWithOverrides(s, max));
    }
  }
  childrenNamed(root, "DisplayName").forEach((n) => checkWithOverrides(n, SHORT_STRING_MAX));
  childrenNamed(root, "Description").forEach((n) => checkWithOverrides(n, LONG_STRING_MAX));
  return problems;
}

/**
 * Runs every JS check on manifest text.
 * @returns {{ errors: string[], warnings: string[], summary: object | null }}
 */
function checkManifest(xmlText) {
  let root;
  try {
    root = parseXml(xmlText);
  } catch (error) {
    if (error instanceof ManifestParseError) return { errors: [`manifest is not well-formed XML: ${error.message}`], warnings: [], summary: null };
    throw error;
  }
  const errors = [
    ...checkId(root),
    ...checkVersion(root),
    ...checkResourceIds(root),
    ...checkResids(root),
    ...checkUrls(root),
    ...checkNamespace(root),
    ...checkStringLengths(root),
  ];
  const resources = collectResources(root);
  const count = (kind) => [...resources.values()].filter((entries) => entries[0].kind === kind).length;
  const summary = {
    id: (childrenNamed(root, "Id")[0] || { text: "" }).text.trim(),
    version: (childrenNamed(root, "Version")[0] || { text: "" }).text.trim(),
    resources: { images: count("image"), urls: count("url"), shortStrings: count("short"), longStrings: count("long") },
    residReferences: allElements(root).filter((n) => n.attrs.resid !== undefined).length,
  };
  return { errors, warnings: findUnusedResources(root), summary };
}

// ---------------------------------------------------------------- XSD via xmllint

/** The schema folder beside the repository: <repoRoot>/../shared/schemas. */
function defaultSchemaDir(repoRoot = path.resolve(__dirname, "..")) {
  return path.join(repoRoot, "..", "shared", "schemas");
}

/** True when an `xmllint` executable answers on PATH. */
function hasXmllint() {
  const result = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !result.error;
}

/**
 * Validates the manifest against OfficeAppManifestV1_1.xsd with xmllint.
 * @returns {{ status: "passed" | "failed" | "skipped", reason?: string, output?: string }}
 */
function validateWithXsd(manifestPath, schemaDir = defaultSchemaDir()) {
  const schema = path.join(schemaDir, SCHEMA_FILE);
  if (!hasXmllint()) return { status: "skipped", reason: "xmllint is not on PATH (install it with: apt-get install -y libxml2-utils)" };
  if (!fs.existsSync(schema)) return { status: "skipped", reason: `schema ${schema} does not exist (the shared schemas folder is absent)` };
  const result = spawnSync("xmllint", ["--noout", "--schema", schema, manifestPath], { encoding: "utf8" });
  if (result.error) return { status: "failed", output: `xmllint could not run: ${result.error.message}` };
  const output = `${result.stdout}${result.stderr}`.trim();
  return result.status === 0 ? { status: "passed", output } : { status: "failed", output };
}

// ---------------------------------------------------------------- command line

function main(argv) {
  let manifestArg = "manifest.xml";
  let schemaDir = defaultSchemaDir();
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === "--schemas") {
      schemaDir = path.resolve(argv[i + 1] || "");
      i += 1;
    } else {
      manifestArg = argv[i];
    }
  }
  const manifestPath = path.resolve(manifestArg);
  if (!fs.existsSync(manifestPath)) {
    console.error(`${manifestArg}: file not found`);
    return 1;
  }
  let failed = false;

  const xsd = validateWithXsd(manifestPath, schemaDir);
  if (xsd.status === "skipped") {
    console.log(`XSD check skipped: ${xsd.reason}.`);
  } else if (xsd.status === "passed") {
    console.log(`XSD check passed (${path.join(schemaDir, SCHEMA_FILE)}).`);
  } else {
    failed = true;
    console.error(`XSD check failed:\n${xsd.output}`);
  }

  const { errors, warnings, summary } = checkManifest(fs.readFileSync(manifestPath, "utf8"));
  warnings.forEach((w) => console.warn(`warning: ${w}`));
  if (errors.length > 0) {
    failed = true;
    console.error(`${manifestArg}: ${errors.length} problem(s):`);
    errors.forEach((e) => console.error(`  ${e}`));
  } else if (summary) {
    const r = summary.resources;
    console.log(
      `${manifestArg}: Id ${summary.id}, Version ${summary.version}, ` +
        `${r.images} images, ${r.urls} urls, ${r.shortStrings} short + ${r.longStrings} long strings, ` +
        `${summary.residReferences} resid references all resolved, every URL https, namespace ${EXPECTED_NAMESPACE}.`,
    );
  }
  return failed ? 1 : 0;
}

module.exports = {
  EXPECTED_NAMESPACE,
  ManifestParseError,
  parseXml,
  collectResources,
  checkId,
  checkVersion,
  checkResourceIds,
  checkResids,
  findUnusedResources,
  checkUrls,
  checkNamespace,
  checkStringLengths,
  checkManifest,
  defaultSchemaDir,
  hasXmllint,
  validateWithXsd,
  main,
};

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
