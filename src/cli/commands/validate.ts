/**
 * `dialplan validate FILE…`: prints each diagnostic as `FILE:LINE:COL: error|warning: message [rule-id]`
 * (simulator-semantics.md §5), then a summary line on stderr; exit 1 if any is an error, else 0; exit 2
 * with one line when a file cannot be read. Every file is read before anything is printed, so a bad path never leaves half a report.
 * Encoding problems (invalid UTF-8, UTF-16) come first, as `encoding` errors with their positions.
 */
import { analyseDialplan } from '../../core/index.ts';
import { paint, plural } from '../colour.ts';
import { diagnosticLine, readDialplanFile, type CliIo } from '../io.ts';
import { validateFiles } from './validate-args.ts';

/**
 * The last line, on stderr so that stdout stays one diagnostic per line for tools:
 * `2 errors, 1 warning in 3 files` or `no problems in 1 file`.
 */
export function summaryLine(
  errors: number,
  warnings: number,
  files: number,
  color?: boolean,
): string {
  const where = ` in ${plural(files, 'file')}\n`;
  if (errors + warnings === 0) return paint(color, 'green', 'no problems') + where;
  const parts = [];
  if (errors > 0) parts.push(paint(color, 'red', plural(errors, 'error')));
  if (warnings > 0) parts.push(paint(color, 'yellow', plural(warnings, 'warning')));
  return parts.join(', ') + where;
}

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const files = validateFiles(args);
  const decoded = files.map((file) => ({ file, ...readDialplanFile(file) }));
  const count = { error: 0, warning: 0 };
  for (const { file, text, diagnostics: encoding } of decoded) {
    for (const d of [...encoding, ...analyseDialplan(text).diagnostics]) {
      count[d.severity === 'error' ? 'error' : 'warning']++;
      io.stdout(diagnosticLine(file, d, io.color));
    }
  }
  io.stderr(summaryLine(count.error, count.warning, files.length, io.color));
  return count.error > 0 ? 1 : 0;
}
