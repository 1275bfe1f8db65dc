/**
 * Batch simulation: many calls with random answers, summarised as a forecast (how calls end, which
 * elements and keypress branches no call reached, what each stash question records). Deterministic for
 * a given seed.
 *
 * Each call: AMD answer live (3 in 4) or machine, unless the base options say inbound; at each menu one of
 * its keypress patterns (a random value inside a range), an invalid entry, or a timeout, equally likely,
 * with a 3% chance that the caller hangs up instead; prompts finish at once.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { startCallTraced, stepCallTraced } from './engine.ts';
import { chooseBranch, type MenuRules } from './menu-rules.ts';
import { compileProgram } from './program.ts';
import type {
  BatchOptions,
  BatchSummary,
  SimInput,
  SimOptions,
  SimState,
  StepResult,
} from './types.ts';

/** After this many answers a call is ended by a hang-up, so that a poll that loops cannot run away. */
const MAX_ANSWERS_PER_CALL = 1000;
const HANGUP_CHANCE = 0.03;
const LIVE_CHANCE = 0.75;

type Random = () => number;

/** mulberry32: a small, fast, seedable generator (the batch must be reproducible). */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomDigits(random: Random, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(Math.floor(random() * 10));
  return out;
}

/** A whole number between two digit strings (inclusive), as digits. */
function randomInRange(random: Random, low: string, high: string): string {
  const lo = Number(low);
  const hi = Number(high);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi) || hi < lo) return low;
  return String(lo + Math.floor(random() * (hi - lo + 1)));
}

/** Keys that no exact or range branch takes (the menu's default or no-match path). */
function invalidEntry(random: Random, rules: MenuRules): string {
  const length = Math.max(1, Math.min(rules.maxDigits, 3));
  for (let attempt = 0; attempt < 8; attempt++) {
    const keys = randomDigits(random, length);
    const branch = chooseBranch(rules, keys, false);
    if (!branch || branch.match.type === 'default') return keys;
  }
  return '*';
}

type Answer = { type: 'keys'; keys: string } | { type: 'timeout' } | { type: 'hangup' };

function pickAnswer(random: Random, rules: MenuRules): Answer {
  if (random() < HANGUP_CHANCE) return { type: 'hangup' };
  const patterns = rules.branches.filter(
    (b) => b.match.type === 'exact' || b.match.type === 'range',
  );
  const choice = Math.floor(random() * (patterns.length + 2));
  const branch = patterns[choice];
  if (branch?.match.type === 'exact') return { type: 'keys', keys: branch.match.value };
  if (branch?.match.type === 'range') {
    return { type: 'keys', keys: randomInRange(random, branch.match.low, branch.match.high) };
  }
  return choice === patterns.length
    ? { type: 'keys', keys: invalidEntry(random, rules) }
    : { type: 'timeout' };
}

interface Tally {
  summary: BatchSummary;
  visited: Set<string>;
}

function answerMenu(state: SimState, answer: Answer, visited: Set<string>): StepResult {
  const step = (s: SimState, input: SimInput) => stepCallTraced(s, input, visited);
  if (answer.type !== 'keys') return step(state, answer);
  const pressed = step(state, { type: 'digits', digits: answer.keys });
  const w = pressed.state.waiting;
  const before = state.waiting;
  const same = w.type === 'input' && before.type === 'input' && w.menuPath === before.menuPath;
  return same && w.collected !== '' ? step(pressed.state, { type: 'timeout' }) : pressed;
}

function runOneCall(
  document: DialplanDocument,
  options: Partial<SimOptions>,
  random: Random,
  tally: Tally,
) {
  const base = options.answer === 'inbound' ? 'inbound' : undefined;
  const answer = base ?? (random() < LIVE_CHANCE ? 'live' : 'machine');
  let { state } = startCallTraced(document, { ...options, answer }, tally.visited);
  const program = compileProgram(document);
  let answers = 0;
  while (state.waiting.type !== 'ended') {
    const waiting = state.waiting;
    if (waiting.type === 'prompt' || waiting.type === 'busy') {
      const go = waiting.type === 'busy' ? 'continue' : 'prompt-finished';
      state = stepCallTraced(state, { type: go }, tally.visited).state;
      continue;
    }
    const rules = program.menus.get(waiting.menuPath);
    const give: Answer =
      !rules || ++answers > MAX_ANSWERS_PER_CALL ? { type: 'hangup' } : pickAnswer(random, rules);
    state = answerMenu(state, give, tally.visited).state;
  }
  const { summary } = tally;
  if (answer === 'live') summary.liveAnswers++;
  const reason = state.waiting.end.reason;
  summary.endReasons[reason] = (summary.endReasons[reason] ?? 0) + 1;
  // Null-prototype records: a question or answer named `__proto__` is data like any other.
  for (const { question, response } of state.questionResponses) {
    const counts = (summary.responses[question] ??= Object.create(null) as Record<string, number>);
    counts[response] = (counts[response] ?? 0) + 1;
  }
}

function coverage(document: DialplanDocument, visited: Set<string>): BatchSummary['coverage'] {
  const program = compileProgram(document);
  const elements = [...program.nodes.keys()];
  const branches = [...program.menus.values()].flatMap((m) => m.branches.map((b) => b.id));
  const unreached = (ids: string[]) => ids.filter((id) => !visited.has(id));
  const count = (ids: string[]) => {
    const missing = unreached(ids);
    return { total: ids.length, reached: ids.length - missing.length, unreached: missing };
  };
  return { elements: count(elements), branches: count(branches) };
}

/**
 * A batch run in pieces, so that a caller can report progress or give up between pieces (the CLI prints
 * progress on stderr; the studio's forecast worker posts it and can be stopped).
 *
 * @example
 * const run = new BatchRun(document, { calls: 100_000, seed: 1 });
 * while (!run.finished) { run.run(1000); report(run.done, run.total); }
 * const summary = run.summary();
 */
export class BatchRun {
  private readonly random: Random;
  private readonly tally: Tally;
  private calls = 0;

  constructor(
    private readonly document: DialplanDocument,
    private readonly batch: BatchOptions,
  ) {
    this.random = seededRandom(batch.seed);
    this.tally = {
      visited: new Set(),
      summary: {
        calls: batch.calls,
        seed: batch.seed,
        liveAnswers: 0,
        endReasons: {},
        coverage: {
          elements: { total: 0, reached: 0, unreached: [] },
          branches: { total: 0, reached: 0, unreached: [] },
        },
        responses: Object.create(null) as BatchSummary['responses'],
      },
    };
  }

  /** Calls run so far. */
  get done(): number {
    return this.calls;
  }

  get total(): number {
    return this.batch.calls;
  }

  get finished(): boolean {
    return this.calls >= this.batch.calls;
  }

  /** Runs up to `count` more calls (fewer at the end of the batch). */
  run(count: number): void {
    const until = Math.min(this.batch.calls, this.calls + count);
    const options = this.batch.options ?? {};
    for (; this.calls < until; this.calls++) {
      runOneCall(this.document, options, this.random, this.tally);
    }
  }

  /** The summary of the calls run so far (of all of them once `finished`). */
  summary(): BatchSummary {
    return {
      ...this.tally.summary,
      calls: this.calls,
      coverage: coverage(this.document, this.tally.visited),
    };
  }
}

/**
 * Runs `calls` random calls (seeded) and summarises them: end reasons, coverage, responses.
 *
 * @example
 * const summary = simulateBatch(parseDialplan(text).document, { calls: 1000, seed: 7 });
 */
export function simulateBatch(document: DialplanDocument, batch: BatchOptions): BatchSummary {
  const run = new BatchRun(document, batch);
  run.run(batch.calls);
  return run.summary();
}
