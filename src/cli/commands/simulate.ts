/**
 * `dialplan simulate FILE [options]`: runs one scripted call and prints
 * `{"events": […], "questionResponses": […], "variables": {…}, "end": {…}}` as one compact JSON line
 * (simulator-semantics.md §5). With `--random N [--seed S]` it runs N random calls and prints a summary.
 * Malformed XML: diagnostics on stderr, exit 1. Usage errors and unreadable files: one line, exit 2.
 */
import { parseDialplan, runScriptedCall, simulateBatch } from '../../core/index.ts';
import type { CliIo } from '../io.ts';
import { parseSimulateArgs } from './simulate-args.ts';
import { diagnosticLine, readDialplanFile } from './validate.ts';

export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseSimulateArgs(args);
  const { document, diagnostics } = parseDialplan(readDialplanFile(parsed.file));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) io.stderr(diagnosticLine(parsed.file, d));
    return 1;
  }
  const output = parsed.random
    ? simulateBatch(document, { ...parsed.random, options: parsed.options })
    : runScriptedCall(document, parsed.options, parsed.tokens);
  io.stdout(`${JSON.stringify(output)}\n`);
  return 0;
}
