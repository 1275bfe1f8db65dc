/**
 * The debugger's history of a call, one entry per element run, each with the events that element made
 * and the variables and questionResponses right after it, so that Step, Step back and Continue only
 * move an index (issue 27, "Debugger").
 *
 * Between two answers, the engine runs elements in order and each element's own events carry its id;
 * the events made before the first element of a stretch (the input and branch chosen, a catch's jump,
 * ignored keys) go with that first element, and an end made after the last one with the last one.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { compileProgram } from '../simulate/program.ts';
import type { QuestionResponse, SimEvent } from '../simulate/types.ts';
import { runTestCall, testOptions } from './drive.ts';
import type { SuiteTest } from './types.ts';

export interface DebugStep {
  elementId: string;
  line: number;
  /** The element's name, else its tag in angle brackets. */
  label: string;
  events: SimEvent[];
  variables: Record<string, string>;
  questionResponses: QuestionResponse[];
}

/** Which element of `trail` (from `from` on) made `event`; -1 when it came before the first one. */
function ownerOf(trail: readonly string[], from: number, event: SimEvent): number {
  if (event.type === 'input' || event.type === 'branch') return -1;
  if (event.type === 'end') return trail[trail.length - 1] === event.path ? trail.length - 1 : -2;
  for (let j = Math.max(from, 0); j < trail.length; j++) if (trail[j] === event.path) return j;
  return from < 0 ? -1 : from;
}

/**
 * The events of one engine step, one list per element of its trail (the elements it ran, in order):
 * an element's own events, with those made before the first element going with the first one.
 */
export function eventsByElement(
  trail: readonly string[],
  events: readonly SimEvent[],
): SimEvent[][] {
  const out: SimEvent[][] = trail.map(() => []);
  const last = out.length - 1;
  let at = -1;
  for (const e of events) {
    const owner = ownerOf(trail, at, e);
    if (owner >= 0) at = owner;
    const index = owner === -2 ? last : owner === -1 ? Math.max(at, 0) : owner;
    out[index]?.push(e);
  }
  return out;
}

/** Runs `test`'s call (from `startId` when given) and returns its element-by-element history. */
export function debugTrace(
  document: DialplanDocument,
  test: SuiteTest,
  startId?: string,
): DebugStep[] {
  const nodes = compileProgram(document).nodes;
  const variables: Record<string, string> = { ...testOptions(test).variables };
  const responses: QuestionResponse[] = [];
  const steps: DebugStep[] = [];
  const apply = (e: SimEvent) => {
    if (e.type === 'setvar') variables[e.varname] = e.value;
    if (e.type === 'record' && e.varname) variables[e.varname] = e.url;
    if (e.type === 'http' && e.varname) variables[e.varname] = e.response;
    if (e.type === 'stash') responses.push({ question: e.question, response: e.response });
  };
  const onBatch = (trail: readonly string[], events: readonly SimEvent[]) => {
    const owned = eventsByElement(trail, events);
    trail.forEach((id, i) => {
      const node = nodes.get(id);
      const mine = owned[i] ?? [];
      for (const e of mine) apply(e);
      steps.push({
        elementId: id,
        line: node?.line ?? 0,
        label: node?.name ?? `<${node?.tagName ?? id}>`,
        events: mine,
        variables: { ...variables },
        questionResponses: responses.map((r) => ({ ...r })),
      });
    });
    const lastStep = steps[steps.length - 1];
    if (trail.length === 0 && lastStep) for (const e of events) lastStep.events.push(e);
  };
  runTestCall(document, test, onBatch, startId);
  return steps;
}
