#!/usr/bin/env node
// `npm run bench`: runs every bench/*.bench.ts there is, one after the other (they share the CPU badly),
// through tsx. Exit code: the first failing bench's, else 0.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
let exitCode = 0;
for (const file of benches) {
  console.log(`\n▶ ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file)], {
    stdio: 'inherit',
  });
  if (run.status !== 0 && exitCode === 0) exitCode = run.status ?? 1;
}
process.exit(exitCode);
