/*
 * The `collect` command (DESIGN.md, CLI contract):
 *   collect inspect <file.xlsx|file.csv> [--json]
 *   collect run <file.xlsx|file.csv> [--as-of YYYY-MM-DD] [--out DIR] [--json]
 *   collect what-if <file.xlsx> [--as-of YYYY-MM-DD] [--json] | --create-draft [--out DIR]
 * Exit code 0 on success, 2 on unusable input with a message naming the file, sheet or cell.
 */
import { parseArgs } from "./args";
import { evaluateCommand } from "./evaluate";
import { formatInspect, inspectJson } from "./inspect";
import { loadWorkbook, UnusableInputError } from "./load-workbook";
import { runCommand } from "./run";
import { whatIfCommand } from "./what-if";

const USAGE = `Usage:
  collect inspect <file.xlsx|file.csv> [--json]
  collect run <file.xlsx|file.csv> [--as-of YYYY-MM-DD] [--out DIR] [--json]
  collect evaluate <file.xlsx|file.csv> --split-date YYYY-MM-DD [--json]
  collect what-if <file.xlsx> [--as-of YYYY-MM-DD] [--json]
      replays the 12 months to the as-of date through the "Collect Policy Draft" sheet beside "Collect Policy":
      contacts, fees and interest, modelled DSO and CEI
  collect what-if <file.xlsx> --create-draft [--out DIR]
      writes a copy of the workbook into DIR (default out/) with a "Collect Policy Draft" made from its current policy`;

/** Where the CLI writes: injectable for tests. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const STDIO: Output = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** Runs the CLI and resolves to its exit code. */
export async function main(argv: readonly string[], io: Output = STDIO): Promise<number> {
  const args = parseArgs(argv);
  const file = args.positional[0];
  if (args.command === null || args.flags.has("help")) {
    io.out(USAGE);
    return args.command === null && !args.flags.has("help") ? 2 : 0;
  }
  if (file === undefined) {
    io.err(`collect ${args.command}: name a workbook file.\n${USAGE}`);
    return 2;
  }
  try {
    switch (args.command) {
      case "inspect": {
        const { ledger } = await loadWorkbook(file);
        const json = inspectJson(file, ledger);
        io.out(args.flags.has("json") ? JSON.stringify(json, null, 2) : formatInspect(json));
        return 0;
      }
      case "run":
        return await runCommand(file, args, io);
      case "evaluate":
        return await evaluateCommand(file, args, io);
      case "what-if":
        return await whatIfCommand(file, args, io);
      default:
        io.err(`collect: unknown command "${args.command}".\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UnusableInputError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}
