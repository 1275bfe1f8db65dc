/**
 * Start-up of the installed `dialplan` command (issue 29 item 2). Target: `dialplan --help` and
 * `dialplan validate` of one small file within 3× of `node -e 0` on the same machine.
 * Builds dist-node/ (`npm run build:cli`), lays bin/ and dist-node/ out in a temporary folder as an
 * installed package has them in .tmp/ (no src/, so bin/dialplan.js runs the compiled CLI, not tsx), then times
 * each command RUNS times in turn, interleaved so that a busy moment of the shared machine hits all
 * alike, and compares medians. Run: `npx tsx bench/cli-startup.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const RUNS = 15;
const TARGET_RATIO = 3;

const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// Inside the repository, so that the runtime dependencies resolve from its node_modules.
mkdirSync('.tmp', { recursive: true });
const dir = mkdtempSync(join('.tmp', 'cli-startup-'));
try {
  cpSync('bin', join(dir, 'bin'), { recursive: true });
  cpSync('dist-node', join(dir, 'dist-node'), { recursive: true });
  cpSync('package.json', join(dir, 'package.json'));
  const small = join(dir, 'small.xml');
  writeFileSync(
    small,
    '<dialplan name="Small">\n  <menu name="Live">\n    <play type="tts">Press 1.</play>\n' +
      '    <keypress pressed="1"><goto>Bye</goto></keypress>\n  </menu>\n' +
      '  <play name="Bye" type="tts">Goodbye.</play>\n  <hangup/>\n</dialplan>\n',
  );
  const bin = join(dir, 'bin/dialplan.js');
  const commands: Record<string, string[]> = {
    'node -e 0': ['-e', '0'],
    'dialplan --help': [bin, '--help'],
    'dialplan validate small.xml': [bin, 'validate', small],
  };
  const times: Record<string, number[]> = {};
  for (let i = 0; i < RUNS; i++) {
    for (const [name, args] of Object.entries(commands)) {
      const start = performance.now();
      const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
      const ms = performance.now() - start;
      if (run.status !== 0) throw new Error(`${name} exited ${run.status}: ${run.stderr}`);
      (times[name] ??= []).push(ms);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const base = median(times['node -e 0'] ?? []);
  let failed = false;
  console.log(`cli start-up bench: median of ${RUNS} runs each, interleaved`);
  for (const name of Object.keys(commands)) {
    const ms = median(times[name] ?? []);
    const ratio = ms / base;
    const verdict = name === 'node -e 0' ? '' : ratio <= TARGET_RATIO ? '  ok' : '  OVER TARGET';
    if (verdict === '  OVER TARGET') failed = true;
    console.log(
      `  ${name.padEnd(28)} ${ms.toFixed(0).padStart(5)} ms  ${ratio.toFixed(2)}× node -e 0 (target ≤ ${TARGET_RATIO}×)${verdict}`,
    );
  }
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
