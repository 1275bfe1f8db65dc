/**
 * `dialplan validate FILE…`: prints each diagnostic as `FILE:LINE:COL: error|warning: message [rule-id]`
 * (simulator-semantics.md §5); exit 1 if any is an error, else 0; exit 2 with one line when a file
 * cannot be read. Every file is read before anything is printed, so a bad path never leaves half a report.
 */
import { readFileSync } from 'node:fs';
import { analyseDialplan, type Diagnostic } from '../../core/index.ts';
import { UsageError, type CliIo } from '../io.ts';

const USAGE = 'usage: dialplan validate FILE…';

/** One diagnostic in the compiler-style form editors and CI understand. */
export function diagnosticLine(file: string, d: Diagnostic): string {
  const message = d.message.replace(/\s*\n\s*/g, ' ');
  return `${file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${message} [${d.ruleId}]\n`;
}

/** Reads a dialplan file, or fails with a one-line usage error. */
export function readDialplanFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read '${file}' (${reason})`);
  }
}

/** The positional FILE arguments; options are refused (none exist yet). */
export function fileArguments(args: string[], usage: string): string[] {
  const option = args.find((a) => a.startsWith('-') && a !== '-');
  if (option !== undefined) throw new UsageError(`unknown option '${option}'. ${usage}`);
  return args;
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const files = fileArguments(args, USAGE);
  if (files.length === 0) throw new UsageError(`no file given. ${USAGE}`);
  const texts = files.map((file) => ({ file, text: readDialplanFile(file) }));
  let failed = false;
  for (const { file, text } of texts) {
    for (const d of analyseDialplan(text).diagnostics) {
      if (d.severity === 'error') failed = true;
      io.stdout(diagnosticLine(file, d));
    }
  }
  return failed ? 1 : 0;
}
