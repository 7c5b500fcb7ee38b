/** Parsed command line: a command, positional arguments and --flags. */
export interface ParsedArgs {
  readonly command: string | null;
  readonly positional: readonly string[];
  readonly flags: ReadonlyMap<string, string | true>;
}

/** Flags that take a value (the next word or `--flag=value`); all others are switches. */
const VALUE_FLAGS = new Set(["as-of", "out", "split-date", "seed"]);

/**
 * Splits argv into a command, positional arguments and flags.
 *
 * @example parseArgs(["run", "book.xlsx", "--as-of", "2026-11-30", "--json"]).flags.get("as-of") //=> "2026-11-30"
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i += 1) {
    const word = argv[i] as string;
    if (!word.startsWith("--")) {
      positional.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (inline !== undefined) flags.set(name, inline);
    else if (VALUE_FLAGS.has(name) && i + 1 < argv.length) {
      flags.set(name, argv[i + 1] as string);
      i += 1;
    } else flags.set(name, true);
  }
  const [command = null, ...rest] = positional;
  return { command, positional: rest, flags };
}
