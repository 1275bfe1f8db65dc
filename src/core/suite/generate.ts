/**
 * `dialplan test --generate`: a starting suite that takes every reachable branch with few tests. Each
 * test walks the explored state graph from a call's start, always heading for the nearest branch no
 * test has taken yet, and ends when none is left ahead of it (naturally if it can in one step, else by
 * hanging up). Its `responses` and `end` are recorded by running it: today's behaviour, for review.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { runSuiteTest } from './check.ts';
import { exploreCalls, type ExploreEdge, type ExploreNode, type Exploration } from './explore.ts';
import type { SuiteTest, TestSuite } from './types.ts';

export interface GeneratedSuite {
  suite: TestSuite;
  exploration: Exploration;
}

type Target = ExploreEdge['to'];
const isNode = (to: Target): to is ExploreNode => 'edges' in to;

/** The shortest run of steps from `from` to a step that takes an uncovered branch. */
function pathToUncovered(
  from: ExploreNode,
  uncovered: ReadonlySet<string>,
): ExploreEdge[] | undefined {
  const came = new Map<ExploreNode, { prev: ExploreNode; edge: ExploreEdge } | null>([
    [from, null],
  ]);
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head] as ExploreNode;
    for (const edge of node.edges) {
      if (edge.branches.some((b) => uncovered.has(b))) {
        const path = [edge];
        for (let at = came.get(node); at; at = came.get(at.prev)) path.unshift(at.edge);
        return path;
      }
      if (isNode(edge.to) && !came.has(edge.to)) {
        came.set(edge.to, { prev: node, edge });
        queue.push(edge.to);
      }
    }
  }
  return undefined;
}

const END_WORDS: Record<string, string> = {
  completed: 'End',
  hangup: 'Hangup',
  'caller-hangup': 'Caller hangs up',
  transfer: 'Transfer',
  error: 'Error',
  loop: 'Loop',
  'awaiting-input': 'Waiting',
};

function testName(test: SuiteTest, end: string): string {
  const who = (test.caller ?? 'live').replace(/^./, (c) => c.toUpperCase());
  const inputs = test.inputs ?? [];
  const shown =
    inputs.length <= 8
      ? inputs
      : [...inputs.slice(0, 3), `… ${inputs.length - 5} more …`, ...inputs.slice(-2)];
  const transfer = test.transfer === 'no-answer' ? ' (transfer not answered)' : '';
  return [who, ...shown, '→', END_WORDS[end] ?? end].join(' ') + transfer;
}

function uniqueName(name: string, used: Set<string>): string {
  let unique = name;
  for (let n = 2; used.has(unique); n++) unique = `${name} (${n})`;
  used.add(unique);
  return unique;
}

/** Generates a suite that covers every branch the exploration reached. */
export function generateSuite(document: DialplanDocument): GeneratedSuite {
  const exploration = exploreCalls(document);
  const uncovered = new Set(exploration.reachable);
  const walks: SuiteTest[] = [];
  for (let progress = true; progress && uncovered.size > 0;) {
    progress = false;
    for (const root of exploration.roots) {
      const before = uncovered.size;
      for (const b of root.branches) uncovered.delete(b);
      const inputs: string[] = [];
      let at = root.to;
      for (let path; isNode(at) && (path = pathToUncovered(at, uncovered));) {
        for (const edge of path) {
          inputs.push(edge.token);
          for (const b of edge.branches) uncovered.delete(b);
          at = edge.to;
        }
      }
      if (isNode(at)) {
        const natural = at.edges.find((e) => !isNode(e.to) && e.token !== 'hangup');
        inputs.push(natural?.token ?? 'hangup');
      }
      if (uncovered.size === before) continue;
      progress = true;
      walks.push({
        name: '',
        ...(root.caller === 'live' ? {} : { caller: root.caller }),
        ...(root.transfer === 'answered' ? {} : { transfer: root.transfer }),
        inputs,
      });
    }
  }
  const used = new Set<string>();
  const tests = walks.map((walk) => {
    const { call } = runSuiteTest(document, walk);
    const final = call.final.waiting;
    const end = final.type === 'ended' ? final.end.reason : 'awaiting-input';
    const responses: Record<string, string> = {};
    for (const qr of call.final.questionResponses) responses[qr.question] = qr.response;
    return {
      ...walk,
      name: uniqueName(testName(walk, end), used),
      expect: { responses, end },
    };
  });
  return { suite: { tests }, exploration };
}
