/**
 * `dialplan format FILE`: prints the canonical form (2-space indent, attributes as written, comments
 * kept). A file with XML syntax or encoding errors is not formatted: its diagnostics go to stderr and the exit is 1.
 */
import { formatDialplan, parseDialplan } from '../../core/index.ts';
import { diagnosticLine, readDialplanFile, UsageError, type CliIo } from '../io.ts';
import { fileArguments } from './validate.ts';

const USAGE = 'usage: dialplan format FILE';

export async function formatCommand(args: string[], io: CliIo): Promise<number> {
  const files = fileArguments(args, USAGE);
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0)
    throw new UsageError(`give exactly one file. ${USAGE}`);
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
