#!/usr/bin/env node
// `npm test`: every test, unit (vitest) then browser (Playwright + Debian Chromium). Each runner also
// writes a JSON report, so that the last line can say how many tests passed and failed in all.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = '.tmp/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(cmd, args, env = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

function vitestCounts() {
  const report = readJson(`${REPORTS}/vitest.json`);
  if (!report) return { passed: 0, failed: 1, skipped: 0 };
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function playwrightCounts() {
  const report = readJson(`${REPORTS}/playwright.json`);
  if (!report?.stats) return { passed: 0, failed: 1, skipped: 0 };
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/vitest.json`,
]);
const unit = vitestCounts();
let browser = { passed: 0, failed: 0, skipped: 0 };
let browserStatus = 0;
if (unitStatus === 0) {
  browserStatus = run('node', ['scripts/ensure-system-deps.mjs']);
  if (browserStatus === 0) {
    browserStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: `${REPORTS}/playwright.json`,
    });
    browser = playwrightCounts();
  }
} else console.log('\nUnit tests failed: browser tests not run.');

// A runner that crashed without a report still counts as a failure in the total.
const failed = Math.max(
  unit.failed + browser.failed,
  unitStatus !== 0 || browserStatus !== 0 ? 1 : 0,
);
console.log(`\nunit tests: ${unit.passed} passed; browser tests: ${browser.passed} passed`);
console.log(
  `${unit.passed + browser.passed} passed, ${failed} failed, ${unit.skipped + browser.skipped} skipped`,
);
process.exit(unitStatus !== 0 ? unitStatus : browserStatus);
