/**
 * `dialplan simulate FILE [options]`: runs one scripted call and prints
 * `{"events": […], "questionResponses": […], "variables": {…}, "end": {…}}` as one compact JSON line
 * (simulator-semantics.md §5), or with `--format text` (the default on a terminal) a transcript, one
 * line per event. With `--random N [--seed S]` it runs N random calls and prints a summary (progress on
 * stderr once the batch has taken a second, `simulate-progress.ts`).
 * Malformed XML or an encoding error: diagnostics on stderr, exit 1. Usage errors and unreadable files: one line, exit 2.
 * A call that ends with reason `error` (a missing goto target, a cap reached) still ran: its JSON is
 * printed and the exit is 0, and the end is also told on stderr as `FILE:LINE:COL: error: …`.
 */
import {
  describeEvent,
  indexElements,
  parseDialplan,
  runScriptedCall,
  type DialplanDocument,
  type EndEvent,
  type ScriptedCallResult,
} from '../../core/index.ts';
import { paint } from '../colour.ts';
import { diagnosticLine, readDialplanFile, type CliIo } from '../io.ts';
import { parseSimulateArgs } from './simulate-args.ts';
import { runBatchWithProgress } from './simulate-progress.ts';

/** The error end of a call in the compiler-style form, at its element's start tag. */
function errorEndLine(file: string, document: DialplanDocument, end: EndEvent): string {
  const column = indexElements(document).byId.get(end.path)?.range.start.column ?? 1;
  return `${file}:${end.line}:${column}: error: the call ended: ${end.message ?? 'error'} [simulate]\n`;
}

/** The call as the studio's transcript tells it: one line per event, then the answers recorded. */
export function transcript(output: ScriptedCallResult, color?: boolean): string {
  const lines = output.events.map((event) => {
    const line = describeEvent(event);
    if (event.type === 'end') return paint(color, event.reason === 'error' ? 'red' : 'bold', line);
    return event.type === 'input' ? paint(color, 'green', line) : line;
  });
  for (const r of output.questionResponses)
    lines.push(paint(color, 'dim', `Answer: ${r.question} = ${r.response}`));
  return lines.map((l) => `${l}\n`).join('');
}

export async function simulateCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseSimulateArgs(args);
  const decoded = readDialplanFile(parsed.file);
  const { document, diagnostics } = parseDialplan(decoded.text);
  const errors = [...decoded.diagnostics, ...diagnostics].filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    for (const d of errors) io.stderr(diagnosticLine(parsed.file, d));
    return 1;
  }
  if (parsed.random) {
    const batch = { ...parsed.random, options: parsed.options };
    const summary = runBatchWithProgress(document, batch, io.stderr);
    io.stdout(`${JSON.stringify(summary)}\n`);
    return 0;
  }
  const output = runScriptedCall(document, parsed.options, parsed.tokens);
  const text = parsed.output === 'text' || (parsed.output === undefined && io.isTTY === true);
  io.stdout(text ? transcript(output, io.color) : `${JSON.stringify(output)}\n`);
  if (output.end.reason === 'error') io.stderr(errorEndLine(parsed.file, document, output.end));
  return 0;
}
