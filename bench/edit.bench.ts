/**
 * sync:graph-to-text for an inspector edit on the generated 1,000-question poll (0.54 MB, 11,009
 * elements), through the real studio store: `runEdit` computes the patch (set one menu's timeout) and
 * `applyEdit` applies it as one undo step; the store reparses the new text and re-keys positions.
 * `sync:graph-to-text` is the `performance.measure` the store itself emits: edit → text updated and its
 * tree parsed (what the graph and inspector need). Validation runs after that (after the next paint in
 * the browser, on a zero timer here) and is reported apart, as "diagnostics landed".
 * Target: median ≤ 16 ms. Run: `npx tsx bench/edit.bench.ts`.
 */
import { loadavg } from 'node:os';
import { setAttribute } from '../src/core/index.ts';
import { createStudioStore, runEdit } from '../src/store/index.ts';
import { generatePoll } from './gen-poll.ts';

const WARMUP = 10;
const RUNS = 60;
const TARGET_MS = 16;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function main() {
  const store = createStudioStore({ initialText: generatePoll(1000) });
  await nextTask();
  const sync: number[] = [];
  const landed: number[] = [];
  for (let run = 0; run < WARMUP + RUNS; run++) {
    // An inspector edit somewhere in the middle: a menu's timeout, alternating values.
    const id = `/dialplan/menu[${500 + (run % 10)}]`;
    const t0 = performance.now();
    const error = runEdit(
      store.getState(),
      'Set timeout',
      (doc) => setAttribute(doc, id, 'timeout', String(3000 + run)),
      'inspector',
      `bench#${run}`,
    );
    if (error) throw new Error(error);
    const measure = performance.getEntriesByName('sync:graph-to-text').at(-1)!;
    // Validation lands on its own task, as it does in the browser (after the graph's frame).
    while (store.getState().diagnosticsPending) await nextTask();
    if (run >= WARMUP) {
      sync.push(measure.duration);
      landed.push(performance.now() - t0);
    }
    performance.clearMeasures('sync:graph-to-text');
  }
  const result = {
    bench: 'sync:graph-to-text (inspector edit through the store, 1,000-question poll)',
    definition:
      'edit → text patched, reparsed, positions re-keyed (store measure); validation after',
    runs: RUNS,
    medianMs: Number(median(sync).toFixed(2)),
    p90Ms: Number([...sync].sort((a, b) => a - b)[Math.floor(RUNS * 0.9)]!.toFixed(2)),
    diagnosticsLandedMedianMs: Number(median(landed).toFixed(2)),
    targetMs: TARGET_MS,
    loadAverage: loadavg()[0]!.toFixed(2),
    pass: median(sync) <= TARGET_MS,
  };
  console.log(JSON.stringify(result, null, 2));
  if (!result.pass) process.exitCode = 1;
}

void main();
