/**
 * `dialplan validate FILE…`: prints each diagnostic as `FILE:LINE:COL: error|warning: message [rule-id]`
 * (simulator-semantics.md §5); exit 1 if any is an error, else 0; exit 2 with one line when a file
 * cannot be read. Every file is read before anything is printed, so a bad path never leaves half a report.
 * Encoding problems (invalid UTF-8, UTF-16) come first, as `encoding` errors with their positions.
 */
import { analyseDialplan } from '../../core/index.ts';
import { diagnosticLine, readDialplanFile, type CliIo } from '../io.ts';
import { validateFiles } from './validate-args.ts';

export async function validateCommand(args: string[], io: CliIo): Promise<number> {
  const files = validateFiles(args);
  const decoded = files.map((file) => ({ file, ...readDialplanFile(file) }));
  let failed = false;
  for (const { file, text, diagnostics: encoding } of decoded) {
    for (const d of [...encoding, ...analyseDialplan(text).diagnostics]) {
      if (d.severity === 'error') failed = true;
      io.stdout(diagnosticLine(file, d));
    }
  }
  return failed ? 1 : 0;
}
