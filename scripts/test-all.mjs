#!/usr/bin/env node
// `npm test`: the static checks (typecheck, then lint), then every test, unit (vitest) then browser
// (Playwright + Debian Chromium). A failing check stops the run: it counts as one failure and says so.
// Each test runner also writes a JSON report, so that the last line can say how many tests passed and
// failed in all: `N passed, N failed, N skipped`.
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

/** The last line, whatever happened: every failure counted, nothing green by omission. */
function summary(unit, browser, failed) {
  console.log(`\nunit tests: ${unit.passed} passed; browser tests: ${browser.passed} passed`);
  console.log(
    `${unit.passed + browser.passed} passed, ${failed} failed, ${unit.skipped + browser.skipped} skipped`,
  );
}

const NONE = { passed: 0, failed: 0, skipped: 0 };

// Typecheck and lint come first: they are fast, and a red check means a real fault as much as a test.
for (const check of ['typecheck', 'lint']) {
  const status = run('npm', ['run', '--silent', check]);
  if (status !== 0) {
    console.log(`\n\`npm run ${check}\` failed (exit ${status}): fix it first; tests not run.`);
    summary(NONE, NONE, 1);
    process.exit(status);
  }
}

const unitStatus = run('npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/vitest.json`,
]);
const unit = vitestCounts();
let browser = NONE;
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
summary(unit, browser, failed);
process.exit(unitStatus !== 0 ? unitStatus : browserStatus);
