/**
 * Runs a suite's tests and checks each `expect` key against the call. A failure reads
 * `KEY: expected … got …` and names the element (and its XML line) where the call went another way.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { compileProgram, type ProgramNode } from '../simulate/program.ts';
import type { EndEvent, SimEvent } from '../simulate/types.ts';
import { describeEvent } from '../testcalls/describe-event.ts';
import { diffLines, formatDifference } from '../testcalls/diff-transcripts.ts';
import { runTestCall, type TracedCall } from './drive.ts';
import type { FailureAt, SuiteTest, TestFailure, TestResult, TestSuite } from './types.ts';
import { pushAll } from '../arrays.ts';

const show = (value: string) => JSON.stringify(value);

interface Context {
  document: DialplanDocument;
  call: TracedCall;
  end: EndEvent;
  nodes: ReadonlyMap<string, ProgramNode>;
}

function atNode(node: ProgramNode | undefined): FailureAt | undefined {
  if (!node) return undefined;
  return {
    path: node.id,
    line: node.line,
    ...(node.name === undefined ? {} : { name: node.name }),
  };
}

function atEvent(ctx: Context, event: { path: string; line: number }): FailureAt {
  return atNode(ctx.nodes.get(event.path)) ?? { path: event.path, line: event.line };
}

/** "at Question_01 (line 12)" or "at <hangup> (line 30)". */
export function whereText(ctx: Pick<Context, 'nodes'>, at: FailureAt): string {
  const node = ctx.nodes.get(at.path);
  const label = at.name ?? (node ? `<${node.tagName}>` : at.path);
  return `at ${label} (line ${at.line})`;
}

function failure(ctx: Context, message: string, at: FailureAt | undefined): TestFailure {
  return at ? { message: `${message}, ${whereText(ctx, at)}`, at } : { message };
}

function endText(end: EndEvent): string {
  return `${end.reason}${end.message ? ` (${end.message})` : ''}`;
}

/** The call's last stash per question (a question asked twice keeps its last response). */
function responsesOf(ctx: Context): Map<string, { response: string; event?: SimEvent }> {
  const out = new Map<string, { response: string; event?: SimEvent }>();
  const stashes = ctx.call.events.filter((e) => e.type === 'stash');
  for (const { question, response } of ctx.call.final.questionResponses) {
    const event = stashes.findLast((e) => e.question === question && e.response === response);
    out.set(question, event ? { response, event } : { response });
  }
  return out;
}

function checkResponses(ctx: Context, expected: Record<string, string>): TestFailure[] {
  const actual = responsesOf(ctx);
  const out: TestFailure[] = [];
  const endAt = atEvent(ctx, ctx.end);
  for (const [question, want] of Object.entries(expected)) {
    const got = actual.get(question);
    if (!got) {
      out.push(
        failure(
          ctx,
          `responses.${question}: expected ${show(want)}, got no response (the call ended ${endText(ctx.end)})`,
          endAt,
        ),
      );
    } else if (got.response !== want) {
      const at = got.event ? atEvent(ctx, got.event) : endAt;
      out.push(
        failure(
          ctx,
          `responses.${question}: expected ${show(want)}, got ${show(got.response)}`,
          at,
        ),
      );
    }
  }
  for (const [question, got] of actual) {
    if (Object.hasOwn(expected, question)) continue;
    const at = got.event ? atEvent(ctx, got.event) : undefined;
    out.push(
      failure(ctx, `responses.${question}: expected no response, got ${show(got.response)}`, at),
    );
  }
  return out;
}

/** Names of the named elements the call ran, in order, with the id of each. */
function namedTrail(ctx: Context): { name: string; id: string }[] {
  const out: { name: string; id: string }[] = [];
  for (const id of ctx.call.trail) {
    const name = ctx.nodes.get(id)?.name;
    if (name !== undefined) out.push({ name, id });
  }
  return out;
}

function checkVisits(ctx: Context, expected: readonly string[]): TestFailure[] {
  const trail = namedTrail(ctx);
  let from = 0;
  let previous: string | undefined;
  for (const name of expected) {
    const found = trail.findIndex((t, i) => i >= from && t.name === name);
    if (found < 0) {
      const earlier = trail.some((t) => t.name === name);
      const after = previous === undefined ? '' : ` after ${previous}`;
      const got = earlier
        ? `it was reached only before ${previous}`
        : `the call never reached it and ended ${endText(ctx.end)}`;
      return [failure(ctx, `visits: expected ${name}${after}, got: ${got}`, atEvent(ctx, ctx.end))];
    }
    from = found + 1;
    previous = name;
  }
  return [];
}

function checkNotVisits(ctx: Context, forbidden: readonly string[]): TestFailure[] {
  const trail = namedTrail(ctx);
  return forbidden.flatMap((name) => {
    const hit = trail.find((t) => t.name === name);
    if (!hit) return [];
    return [
      failure(
        ctx,
        `notVisits: expected the call never to reach ${name}, got it reached`,
        atNode(ctx.nodes.get(hit.id)),
      ),
    ];
  });
}

function checkSays(ctx: Context, expected: readonly string[]): TestFailure[] {
  const plays = ctx.call.events.filter((e) => e.type === 'play');
  let from = 0;
  let previous: SimEvent | undefined;
  for (const text of expected) {
    const found = plays.findIndex((p, i) => i >= from && p.text.includes(text));
    if (found < 0) {
      const after = previous ? ` after the prompt ${whereText(ctx, atEvent(ctx, previous))}` : '';
      const next = plays[from];
      const got = next
        ? `next it said ${show(next.text)}`
        : `no further prompt; the call ended ${endText(ctx.end)}`;
      const at = next ? atEvent(ctx, next) : atEvent(ctx, ctx.end);
      return [failure(ctx, `says: expected ${show(text)}${after}, got: ${got}`, at)];
    }
    previous = plays[found];
    from = found + 1;
  }
  return [];
}

function checkVariables(ctx: Context, expected: Record<string, string>): TestFailure[] {
  const variables = ctx.call.final.variables;
  return Object.entries(expected).flatMap(([name, want]) => {
    const got = Object.hasOwn(variables, name) ? variables[name] : undefined;
    if (got === want) return [];
    const set = ctx.call.events.findLast((e) => e.type === 'setvar' && e.varname === name);
    const gotText = got === undefined ? 'it was never set' : show(got);
    return [
      failure(
        ctx,
        `variables.${name}: expected ${show(want)}, got ${gotText}`,
        set ? atEvent(ctx, set) : undefined,
      ),
    ];
  });
}

function checkTranscript(ctx: Context, expected: readonly string[]): TestFailure[] {
  const actual = ctx.call.events.map(describeEvent);
  return diffLines(expected, actual).map((d) => {
    const index = d.kind === 'unexpected' ? d.position : d.position - 1;
    const event = ctx.call.events[Math.min(index, ctx.call.events.length - 1)];
    return failure(
      ctx,
      `transcript ${formatDifference(d)}`,
      event ? atEvent(ctx, event) : undefined,
    );
  });
}

/** Runs one test and checks every expectation it gives. */
export function runSuiteTest(
  document: DialplanDocument,
  test: SuiteTest,
): TestResult & { call: TracedCall } {
  const call = runTestCall(document, test);
  const final = call.final.waiting;
  if (final.type !== 'ended') throw new Error('unreachable: a test call that has not ended');
  const ctx: Context = { document, call, end: final.end, nodes: compileProgram(document).nodes };
  const e = test.expect ?? {};
  const failures: TestFailure[] = [];
  if (e.end !== undefined && e.end !== ctx.end.reason)
    failures.push(
      failure(ctx, `end: expected ${e.end}, got ${endText(ctx.end)}`, atEvent(ctx, ctx.end)),
    );
  if (e.responses) pushAll(failures, checkResponses(ctx, e.responses));
  if (e.visits) pushAll(failures, checkVisits(ctx, e.visits));
  if (e.notVisits) pushAll(failures, checkNotVisits(ctx, e.notVisits));
  if (e.says) pushAll(failures, checkSays(ctx, e.says));
  if (e.variables) pushAll(failures, checkVariables(ctx, e.variables));
  if (e.transcript) pushAll(failures, checkTranscript(ctx, e.transcript));
  return { name: test.name, passed: failures.length === 0, failures, call };
}

/** Every test of a suite, in order. */
export function runSuite(
  document: DialplanDocument,
  suite: TestSuite,
): (TestResult & { call: TracedCall })[] {
  return suite.tests.map((t) => runSuiteTest(document, t));
}
