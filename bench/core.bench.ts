/**
 * Core speed on the generated 1,000-question poll (0.54 MB, 11,009 elements): our parse + validate
 * (positions kept, all rules) next to fast-xml-parser and saxes parsing the same text.
 * Targets: parse + validate ≥ 50 MB/s (≈ 10 ms), and parse + validate within 1.25× of saxes' events-only
 * parse of the same text in the same run (issue 28: validation must cost little next to the parse).
 * Run: `npm run bench:core` or `npx tsx bench/core.bench.ts`.
 *
 * Honest numbers: each library gets the same warm-up and the same number of runs, garbage collection
 * is left to happen when it happens (it is part of the real cost), and we report min, median and p90
 * (the machine may be shared: the load average is printed with the results).
 */
import { cpus, loadavg } from 'node:os';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { parseDialplan, RULES, validateDialplan } from '../src/core/index.ts';
import { generatePoll } from './gen-poll.ts';

const WARMUP = 15;
const RUNS = 41;
const TARGET_MB_PER_S = 50;
/** Parse + validate over saxes' events-only parse (positions on, an `opentag` handler), at most. */
const TARGET_RATIO_TO_SAXES = 1.25;

const text = generatePoll(1000);
const megabytes = Buffer.byteLength(text, 'utf8') / 1e6;

interface Result {
  name: string;
  min: number;
  median: number;
  p90: number;
}

function measure(name: string, run: () => unknown): Result {
  for (let i = 0; i < WARMUP; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(times.length * q))] ?? NaN;
  return { name, min: at(0), median: at(0.5), p90: at(0.9) };
}

function ms(value: number): string {
  return `${value.toFixed(2).padStart(7)} ms`;
}

function saxesParse(): number {
  let elements = 0;
  const parser = new SaxesParser({ position: true });
  parser.on('opentag', () => elements++);
  parser.write(text).close();
  return elements;
}

const fxp = new XMLParser({ ignoreAttributes: false, preserveOrder: true });
const diagnosticCount = validateDialplan(parseDialplan(text).document).length;

const results = [
  measure(`ours: parse + validate (positions, ${RULES.length} rules)`, () =>
    validateDialplan(parseDialplan(text).document),
  ),
  measure('ours: parse only', () => parseDialplan(text)),
  measure('fast-xml-parser XMLParser (attributes, order)', () => fxp.parse(text)),
  measure('saxes (positions on)', saxesParse),
];

/**
 * The ratio is measured in pairs (saxes, then ours, one right after the other) and the median of the
 * pairs' ratios is taken: on a shared machine the load drifts between two long series, not within a pair.
 */
function pairedRatio(): { median: number; min: number } {
  for (let i = 0; i < WARMUP; i++) {
    saxesParse();
    validateDialplan(parseDialplan(text).document);
  }
  const ratios: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    saxesParse();
    const t1 = performance.now();
    validateDialplan(parseDialplan(text).document);
    const t2 = performance.now();
    ratios.push((t2 - t1) / (t1 - t0));
  }
  ratios.sort((a, b) => a - b);
  return { median: ratios[RUNS >> 1] ?? NaN, min: ratios[0] ?? NaN };
}
const ratio = pairedRatio();

const { document } = parseDialplan(text);
results.splice(
  2,
  0,
  measure('ours: validate only', () => validateDialplan(document)),
);

console.log(
  `core bench: generated poll, ${megabytes.toFixed(2)} MB, ${RUNS} runs after ${WARMUP} warm-up (the poll has ${diagnosticCount} diagnostics)`,
);
for (const r of results)
  console.log(
    `  ${r.name.padEnd(48)} min ${ms(r.min)}  median ${ms(r.median)}  p90 ${ms(r.p90)}  ${(megabytes / (r.median / 1000)).toFixed(1).padStart(6)} MB/s (median)`,
  );
const ours = results[0] as Result;
console.log(
  `  load average when done: ${loadavg()[0]?.toFixed(2)} on ${cpus().length} CPUs (medians suffer first)`,
);
const speed = megabytes / (ours.median / 1000);
console.log(
  `  target parse + validate ≥ ${TARGET_MB_PER_S} MB/s: ${speed >= TARGET_MB_PER_S ? 'met' : 'NOT met'} (${speed.toFixed(1)} MB/s)`,
);
console.log(
  `  parse + validate / saxes events-only: ${ratio.median.toFixed(2)}× (median of ${RUNS} pairs, best ${ratio.min.toFixed(2)}×; medians above ${(ours.median / (results[results.length - 1] as Result).median).toFixed(2)}×)`,
);
console.log(
  `  target parse + validate ≤ ${TARGET_RATIO_TO_SAXES}× saxes: ${ratio.median <= TARGET_RATIO_TO_SAXES ? 'met' : 'NOT met'} (${ratio.median.toFixed(2)}×)`,
);
