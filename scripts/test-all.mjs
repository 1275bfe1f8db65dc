#!/usr/bin/env node
// `npm test`: every test, unit then browser. Fails fast with the failing suite's exit code.
import { spawnSync } from 'node:child_process';

const steps = [
  ['npx', ['vitest', 'run']],
  ['node', ['scripts/ensure-system-deps.mjs']],
  ['npx', ['playwright', 'test']],
];
for (const [cmd, args] of steps) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
