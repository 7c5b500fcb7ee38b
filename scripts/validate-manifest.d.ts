/** Types for scripts/validate-manifest.js (CommonJS), so TypeScript tests can import its checks. */

/** An element of the parsed manifest. */
export interface XmlElement {
  readonly name: string;
  readonly localName: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
  readonly line: number;
  readonly parent: XmlElement | null;
}

export interface ResourceEntry {
  readonly kind: "image" | "url" | "short" | "long";
  readonly collection: string;
  readonly node: XmlElement;
}

export interface ManifestSummary {
  readonly id: string;
  readonly version: string;
  readonly resources: { readonly images: number; readonly urls: number; readonly shortStrings: number; readonly longStrings: number };
  readonly residReferences: number;
}

export interface ManifestCheckResult {
  /** One line per problem, naming the element and its line. Empty when the manifest passes. */
  readonly errors: readonly string[];
  /** Non-fatal findings, e.g. resources nothing references. */
  readonly warnings: readonly string[];
  /** Null when the XML could not be parsed. */
  readonly summary: ManifestSummary | null;
}

export interface XsdResult {
  readonly status: "passed" | "failed" | "skipped";
  /** Why the XSD check was skipped. */
  readonly reason?: string;
  /** xmllint's output. */
  readonly output?: string;
}

export declare const EXPECTED_NAMESPACE: string;
export declare class ManifestParseError extends Error {
  readonly line: number;
  constructor(message: string, line: number);
}
export declare function parseXml(text: string): XmlElement;
export declare function collectResources(root: XmlElement): Map<string, ResourceEntry[]>;
export declare function checkId(root: XmlElement): string[];
export declare function checkVersion(root: XmlElement): string[];
export declare function checkResourceIds(root: XmlElement): string[];
export declare function checkResids(root: XmlElement): string[];
export declare function findUnusedResources(root: XmlElement): string[];
export declare function checkUrls(root: XmlElement): string[];
export declare function checkNamespace(root: XmlElement, expected?: string): string[];
export declare function checkStringLengths(root: XmlElement): string[];
export declare function checkManifest(xmlText: string): ManifestCheckResult;
export declare function defaultSchemaDir(repoRoot?: string): string;
export declare function hasXmllint(): boolean;
export declare function validateWithXsd(manifestPath: string, schemaDir?: string): XsdResult;
/** Runs the command line; returns the exit code. */
export declare function main(argv: readonly string[]): number;
