/**
 * Batch simulation throughput: random calls per second (`simulateBatch`, the engine behind
 * `dialplan simulate --random`) on the seed's political poll and on the generated 1,000-question poll.
 * Target: ≥ 20,000 calls/s on the political poll. Run: `npx tsx bench/simulate.bench.ts` (or `npm run bench`).
 *
 * Each measurement is a whole batch (parsing excluded, the program compiled once per document as in the
 * CLI); we report the median and worst of several runs after a warm-up, with garbage collection left in.
 */
import { readFileSync } from 'node:fs';
import { parseDialplan, simulateBatch } from '../src/core/index.ts';
import { generatePoll } from './gen-poll.ts';

const TARGET_CALLS_PER_S = 20_000;
const RUNS = 7;

interface Case {
  name: string;
  text: string;
  calls: number;
}

const cases: Case[] = [
  {
    name: 'political poll (fixtures/political-poll.xml)',
    text: readFileSync(new URL('../fixtures/political-poll.xml', import.meta.url), 'utf8'),
    calls: 20_000,
  },
  { name: 'generated 1,000-question poll', text: generatePoll(1000), calls: 500 },
];

function callsPerSecond(c: Case, seed: number): { rate: number; events: number } {
  const { document } = parseDialplan(c.text);
  const start = performance.now();
  const summary = simulateBatch(document, { calls: c.calls, seed });
  const seconds = (performance.now() - start) / 1000;
  const answered = Object.values(summary.responses).reduce(
    (sum, counts) => sum + Object.values(counts).reduce((a, b) => a + b, 0),
    0,
  );
  return { rate: c.calls / seconds, events: answered };
}

console.log(`simulate bench: ${RUNS} batches per case after one warm-up batch`);
let politicalMedian = 0;
for (const c of cases) {
  callsPerSecond(c, 0);
  const rates: number[] = [];
  let stashes = 0;
  for (let run = 1; run <= RUNS; run++) {
    const r = callsPerSecond(c, run);
    rates.push(r.rate);
    stashes += r.events;
  }
  rates.sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  const worst = rates[0] ?? 0;
  if (c === cases[0]) politicalMedian = median;
  console.log(
    `  ${c.name.padEnd(46)} ${c.calls} calls/batch  median ${Math.round(median).toLocaleString('en-US').padStart(8)} calls/s` +
      `  worst ${Math.round(worst).toLocaleString('en-US').padStart(8)} calls/s  (${(stashes / (RUNS * c.calls)).toFixed(1)} stash answers/call)`,
  );
}
console.log(
  `  target ≥ ${TARGET_CALLS_PER_S.toLocaleString('en-US')} calls/s on the political poll: ` +
    `${politicalMedian >= TARGET_CALLS_PER_S ? 'met' : 'NOT met'}`,
);
