/**
 * `node lib/cli/make-sample.js <out.xlsx> [--seed N] [--as-of YYYY-MM-DD] [--iso-dates]`: writes the sample
 * workbook `npm run demo` runs on (`npm run sample` regenerates assets/sample.xlsx). Exit code 0 on
 * success, 2 on bad arguments with a message saying what to type instead.
 */
import { generateSampleBook, SampleOptionsError } from "./sample/generate-sample";
import { DEFAULT_SAMPLE_AS_OF, DEFAULT_SAMPLE_SEED, type SampleBook } from "./sample/sample-book";
import { writeSampleBook, type SampleDateFormat } from "./sample/write-sample";

const USAGE = "usage: make-sample <out.xlsx> [--seed N] [--as-of YYYY-MM-DD] [--iso-dates]";

interface MakeSampleArgs {
  readonly out: string;
  readonly seed: number;
  readonly asOf: string;
  readonly dateFormat: SampleDateFormat;
}

/** Reads the command line; returns the problem as text when it cannot. */
export function parseMakeSampleArgs(argv: readonly string[]): { ok: true; value: MakeSampleArgs } | { ok: false; error: string } {
  let out: string | null = null;
  let seed = DEFAULT_SAMPLE_SEED;
  let asOf = DEFAULT_SAMPLE_AS_OF;
  let dateFormat: SampleDateFormat = "dd/mm/yyyy";
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? "";
    if (arg === "--seed" || arg === "--as-of") {
      const value = argv[i + 1];
      if (value === undefined) return { ok: false, error: `${arg} needs a value` };
      i += 1;
      if (arg === "--seed") {
        if (!/^\d+$/.test(value)) return { ok: false, error: `--seed must be a whole number, got "${value}"` };
        seed = Number(value);
      } else {
        asOf = value;
      }
    } else if (arg === "--iso-dates") {
      dateFormat = "yyyy-mm-dd";
    } else if (arg.startsWith("-")) {
      return { ok: false, error: `unknown option ${arg}` };
    } else if (out === null) {
      out = arg;
    } else {
      return { ok: false, error: `only one output file, got "${out}" and "${arg}"` };
    }
  }
  if (out === null) return { ok: false, error: "name the .xlsx file to write" };
  if (!out.toLowerCase().endsWith(".xlsx")) return { ok: false, error: `the output must be an .xlsx file, got "${out}"` };
  return { ok: true, value: { out, seed, asOf, dateFormat } };
}

/** Runs the command; resolves to the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const args = parseMakeSampleArgs(argv);
  if (!args.ok) {
    process.stderr.write(`make-sample: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  const { out, seed, asOf, dateFormat } = args.value;
  let book: SampleBook;
  try {
    book = generateSampleBook({ seed, asOf });
  } catch (error) {
    if (!(error instanceof SampleOptionsError)) throw error;
    process.stderr.write(`make-sample: ${error.message}\n${USAGE}\n`);
    return 2;
  }
  await writeSampleBook(book, out, { dateFormat });
  process.stdout.write(
    `Wrote ${out}: ${book.customers.length} customers, ${book.invoices.length} invoices, ${book.payments.length} payments, ` +
      `${book.contactLog.length} contact notes, as of ${book.asOf} (seed ${seed}).\n`,
  );
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`make-sample: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
