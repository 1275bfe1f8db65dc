/**
 * `dialplan format FILE`: prints the canonical form (2-space indent, attributes as written, comments
 * kept). A file with XML syntax errors is not formatted: its diagnostics go to stderr and the exit is 1.
 */
import { formatDialplan, parseDialplan } from '../../core/index.ts';
import { UsageError, type CliIo } from '../io.ts';
import { diagnosticLine, fileArguments, readDialplanFile } from './validate.ts';

const USAGE = 'usage: dialplan format FILE';

export async function formatCommand(args: string[], io: CliIo): Promise<number> {
  const files = fileArguments(args, USAGE);
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0)
    throw new UsageError(`give exactly one file. ${USAGE}`);
  const { document, diagnostics } = parseDialplan(readDialplanFile(file));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) io.stderr(diagnosticLine(file, d));
    return 1;
  }
  io.stdout(formatDialplan(document));
  return 0;
}
