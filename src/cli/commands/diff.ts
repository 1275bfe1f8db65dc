/**
 * `dialplan diff OLD NEW [--json]`: what changed between two dialplans, element by element (added,
 * removed, renamed, moved, changed per attribute and text); formatting is not a change. Exit 0 when the
 * trees are the same, 1 when they differ, 2 on a usage or read error, bad encoding or malformed XML:
 * the trees of a file that does not parse cannot be compared, so its errors go to stderr as
 * `FILE:LINE:COL: error: …`. An internal failure (a bug, or input too big for memory) is exit 2 with
 * one line, never a stack trace with exit 1 that a script would read as "they differ".
 */
import {
  diffDialplans,
  parseDialplan,
  type DecodedFile,
  type DialplanDocument,
} from '../../core/index.ts';
import { diagnosticLine, readDialplanFile, UsageError, type CliIo } from '../io.ts';
import { parseDiffArgs } from './diff-args.ts';
import { changeLine, jsonChange } from './diff-output.ts';

/** The parsed tree, or undefined after its encoding and syntax errors were printed. */
function parsedOrReported(
  file: string,
  decoded: DecodedFile | undefined,
  io: CliIo,
): DialplanDocument | undefined {
  const { document, diagnostics } = parseDialplan(decoded?.text ?? '');
  const all = [...(decoded?.diagnostics ?? []), ...diagnostics];
  const errors = all.filter((d) => d.severity === 'error');
  for (const d of errors) io.stderr(diagnosticLine(file, d));
  return errors.length > 0 ? undefined : document;
}

export async function diffCommand(args: string[], io: CliIo): Promise<number> {
  const { files, json } = parseDiffArgs(args);
  try {
    return compareFiles(files, json, io);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr(`dialplan diff: internal error, the files could not be compared (${reason})\n`);
    return 2;
  }
}

function compareFiles(files: [string, string], json: boolean, io: CliIo): number {
  const [beforeFile, afterFile] = files.map((file) => readDialplanFile(file));
  const before = parsedOrReported(files[0], beforeFile, io);
  const after = parsedOrReported(files[1], afterFile, io);
  if (!before || !after) return 2;
  const changes = diffDialplans(before, after);
  if (json) {
    const body = { same: changes.length === 0, changes: changes.map(jsonChange) };
    io.stdout(`${JSON.stringify(body, null, 2)}\n`);
  } else {
    for (const change of changes) io.stdout(changeLine(change));
  }
  return changes.length === 0 ? 0 : 1;
}
