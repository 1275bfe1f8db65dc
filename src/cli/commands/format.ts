/**
 * `dialplan format FILE`: prints the canonical form (2-space indent, attributes as written, comments
 * kept). A file with XML syntax or encoding errors is not formatted: its diagnostics go to stderr and the exit is 1.
 */
import { formatDialplan, parseDialplan } from '../../core/index.ts';
import { diagnosticLine, readDialplanFile, type CliIo } from '../io.ts';
import { formatFile } from './format-args.ts';

export async function formatCommand(args: string[], io: CliIo): Promise<number> {
  const file = formatFile(args);
  const decoded = readDialplanFile(file);
  const { document, diagnostics } = parseDialplan(decoded.text);
  // An encoding error refuses formatting too: the output would carry U+FFFD where bytes were lost.
  const errors = [...decoded.diagnostics, ...diagnostics].filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) io.stderr(diagnosticLine(file, d));
    return 1;
  }
  io.stdout(formatDialplan(document));
  return 0;
}
