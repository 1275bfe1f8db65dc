/**
 * `npx tsx bench/bundle.bench.ts` (also run by `npm run bench`): builds the studio and prints its
 * start-up JavaScript against the 150 KB gzip budget of issue 14 (`bench/bundle-size.ts`: the entry,
 * the chunks it imports at once and their static imports), and, beside it, the graph canvas chunk
 * whose fetch the studio starts at once.
 * Exit code 1 over budget.
 */
import { spawnSync } from 'node:child_process';
import { graphChunkGzipBytes, startupGzipBytes } from './bundle-size.ts';

const DIST = '.bench/bundle-dist';
const BUDGET_KB = 150;

// --manifest: the build's chunk graph, from which the graph canvas chunk is weighed (bundle-size.ts)
const build = spawnSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir', '--manifest'], {
  stdio: 'ignore',
});
if (build.status !== 0) {
  console.error('vite build failed');
  process.exit(1);
}
const startup = startupGzipBytes(DIST) / 1024;
const graph = graphChunkGzipBytes(DIST) / 1024;
console.log('Bundle bench — production build, gzip level 9, KB = 1,024 bytes');
console.log(
  `start-up JavaScript (gzip):   ${startup.toFixed(1)} KB   (target ≤ ${BUDGET_KB}; entry and the chunks it imports at once)`,
);
console.log(
  `graph canvas chunk (gzip):    ${graph.toFixed(1)} KB   (fetched when the entry runs; with start-up ${(startup + graph).toFixed(1)} KB)`,
);
process.exitCode = startup <= BUDGET_KB ? 0 : 1;
