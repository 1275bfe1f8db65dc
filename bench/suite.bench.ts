/**
 * Test suites (issue 27): `dialplan test --generate` on the generated 1,000-question poll (target under
 * 5 s) and running the suite it makes (target under 2 s), both through the CLI's own code path (parse,
 * generate or run, print) with a fake stdout. Run: `npx tsx bench/suite.bench.ts` (or `npm run bench`).
 * Median and worst of several runs after a warm-up.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../src/cli/main.ts';
import { generatePoll } from './gen-poll.ts';

const RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), 'suite-bench-'));
const poll = join(dir, 'big1000.xml');
writeFileSync(poll, generatePoll(1000));

async function timed(args: string[]): Promise<{ seconds: number; stdout: string; code: number }> {
  let stdout = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: () => {} };
  const start = performance.now();
  const code = await runCli(args, io);
  return { seconds: (performance.now() - start) / 1000, stdout, code };
}

async function measure(label: string, args: string[], target: number): Promise<string> {
  const warm = await timed(args);
  if (warm.code !== 0) throw new Error(`${label}: exit ${warm.code}`);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) times.push((await timed(args)).seconds);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const worst = times[times.length - 1] ?? 0;
  console.log(
    `  ${label.padEnd(52)} median ${median.toFixed(2)} s  worst ${worst.toFixed(2)} s  ` +
      `(target < ${target} s: ${median < target ? 'met' : 'NOT met'})`,
  );
  return warm.stdout;
}

console.log(`suite bench: generated 1,000-question poll, ${RUNS} runs after a warm-up`);
const suite = await measure('dialplan test --generate', ['test', poll, '--generate'], 5);
writeFileSync(join(dir, 'big1000.tests.json'), suite);
await measure(`dialplan test (${JSON.parse(suite).tests.length} tests)`, ['test', poll], 2);
