/** Helpers for the simulator's scripted-call tests (not part of the public API). */
import { parseDialplan } from '../xml/parse.ts';
import { runScriptedCall } from './script.ts';
import type { ScriptedCallResult, SimEvent, SimOptions } from './types.ts';

/** Runs `<dialplan>…body…</dialplan>` with the given `--input` tokens. */
export function call(
  body: string,
  input = '',
  options: Partial<SimOptions> = {},
): ScriptedCallResult {
  const { document } = parseDialplan(`<dialplan name="Root">${body}</dialplan>`);
  const tokens = input.split(/\s+/).filter((t) => t !== '');
  return runScriptedCall(document, options, tokens);
}

/** What the caller hears: the text of every `play` event, in order. */
export function heard(result: ScriptedCallResult): string[] {
  return result.events.filter((e) => e.type === 'play').map((e) => e.text);
}

/** The events of one type, without `path` and `line`, for compact assertions. */
export function eventsOf<T extends SimEvent['type']>(
  result: ScriptedCallResult,
  type: T,
): Omit<Extract<SimEvent, { type: T }>, 'path' | 'line'>[] {
  return result.events
    .filter((e): e is Extract<SimEvent, { type: T }> => e.type === type)
    .map(
      ({ path: _path, line: _line, ...rest }) =>
        rest as Omit<Extract<SimEvent, { type: T }>, 'path' | 'line'>,
    );
}

export function warnings(result: ScriptedCallResult): string[] {
  return result.events.filter((e) => e.type === 'warning').map((e) => e.message);
}
