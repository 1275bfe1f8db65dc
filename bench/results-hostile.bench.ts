/**
 * Issue 30: `dialplan results` over the pages that once crashed it or ran for minutes, each in a fresh
 * process (bench/results-run.ts) for its own peak memory. Judged on CPU time (the machine is shared).
 * - 20,000 calls each answering another question (3.3 MB): was out of memory (a column per question
 *   as long as all the calls). Target ≤ 2 s, ≤ 512 MB.
 * - one call with 300,000 attempts (40 MB): was 115 s (attempts merged by a list search). Target ≤ 5 s.
 * - 200,000 distinct answers to one question, default table (27 MB): was a stack overflow
 *   (`Math.max(...)`). Target ≤ 5 s, ≤ 1 GB.
 * Run: `npx tsx bench/results-hostile.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const answering = (id: number, question: string, response: string) => ({
  id,
  finalCallResult: 'LA',
  records: [{ id: 1, finishTime: 1, questionResponses: [{ question, response }] }],
});

const CASES = [
  {
    name: '20,000 questions',
    targetMs: 2000,
    targetMb: 512,
    items: () =>
      Array.from({ length: 20_000 }, (_, i) =>
        answering(i, `Question number ${i} of the poll`, `Answer ${i}`),
      ),
  },
  {
    name: '300,000 attempts',
    targetMs: 5000,
    targetMb: 1024,
    items: () => [
      {
        id: 1,
        finalCallResult: 'LA',
        records: Array.from({ length: 300_000 }, (_, k) => ({
          id: `a${k}`,
          finishTime: k,
          billedAmount: 0.01,
          callResult: 'LA',
          questionResponses: [{ question: 'Vote', response: k % 2 ? 'Yes' : 'No' }],
        })),
      },
    ],
  },
  {
    name: '200,000 answers',
    targetMs: 5000,
    targetMb: 1024,
    items: () => Array.from({ length: 200_000 }, (_, i) => answering(i, 'Name', `N${i}`)),
  },
];

const dir = mkdtempSync(join(tmpdir(), 'dialplan-results-hostile-'));
let failed = false;
try {
  for (const c of CASES) {
    const file = join(dir, 'page.json');
    writeFileSync(file, JSON.stringify({ items: c.items() }));
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/results-run.ts', file], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) throw new Error(`${c.name}: ${run.stderr}`);
    const r = JSON.parse(run.stdout) as { ms: number; cpuMs: number; maxRssMb: number };
    const ok = Math.min(r.ms, r.cpuMs) <= c.targetMs && r.maxRssMb <= c.targetMb;
    failed ||= !ok;
    console.log(
      `  results ${c.name.padEnd(18)} CPU ${(r.cpuMs / 1000).toFixed(2)} s (target ≤ ${c.targetMs / 1000} s; wall ${(r.ms / 1000).toFixed(2)} s), peak RSS ${Math.round(r.maxRssMb)} MB (target ≤ ${c.targetMb} MB)  ${ok ? 'OK' : 'MISSED'}`,
    );
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
