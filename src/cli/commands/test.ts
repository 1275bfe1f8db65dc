/**
 * `dialplan test FILE [--tests T] [--json] [--junit OUT] [--coverage]` runs a `.tests.json` suite against
 * a dialplan: exit 0 when every test passes, 1 when any fails, 2 on a usage error, an unreadable or
 * invalid tests file, or a dialplan that does not parse. `--generate [--out T]` prints a suite that
 * covers every reachable branch instead (README, "Test suites").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  checkSuiteNames,
  generateSuite,
  junitXml,
  parseDialplan,
  parseTestSuite,
  runTestSuite,
  type CoverageReport,
  type DialplanDocument,
  type SuiteRun,
  type TestSuite,
} from '../../core/index.ts';
import { diagnosticLine, readDialplanFile, UsageError, type CliIo } from '../io.ts';
import { parseTestArgs, type TestArgs } from './test-args.ts';

function readDocument(file: string, io: CliIo): DialplanDocument | undefined {
  const decoded = readDialplanFile(file);
  const { document, diagnostics } = parseDialplan(decoded.text);
  const errors = [...decoded.diagnostics, ...diagnostics].filter((d) => d.severity === 'error');
  for (const d of errors) io.stderr(diagnosticLine(file, d));
  return errors.length > 0 ? undefined : document;
}

function readSuite(file: string, document: DialplanDocument, io: CliIo): TestSuite | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read '${file}' (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`,
    );
  }
  const parsed = parseTestSuite(text);
  const errors = parsed.ok ? checkSuiteNames(document, parsed.suite) : parsed.errors;
  for (const e of errors) io.stderr(`${file}: error: ${e}\n`);
  return parsed.ok && errors.length === 0 ? parsed.suite : undefined;
}

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(
      `cannot write '${file}' (${(error as NodeJS.ErrnoException).code ?? 'unwritable'})`,
    );
  }
}

function coverageLines(file: string, c: CoverageReport): string {
  const reachable = c.branches - c.unreachable;
  const percent = reachable === 0 ? 100 : Math.floor((c.covered / reachable) * 100);
  const head = `coverage: ${c.covered} of ${reachable} reachable branches (${percent} %)${c.unreachable > 0 ? `, ${c.unreachable} unreachable` : ''}\n`;
  return head + c.uncovered.map((u) => `  ${file}:${u.line}: not covered: ${u.label}\n`).join('');
}

function humanReport(args: TestArgs, run: SuiteRun): string {
  const lines = run.results.map((r) => {
    const head = `${r.passed ? '✓' : '✗'} ${r.name}\n`;
    return head + r.failures.map((f) => `    ${f.message}\n`).join('');
  });
  const failed = run.results.filter((r) => !r.passed).length;
  lines.push(`${run.results.length - failed} passed, ${failed} failed\n`);
  if (run.coverage) lines.push(coverageLines(args.file, run.coverage));
  return lines.join('');
}

function jsonReport(run: SuiteRun): string {
  const failed = run.results.filter((r) => !r.passed).length;
  const tests = run.results.map((r) => ({
    name: r.name,
    passed: r.passed,
    failures: r.failures.map((f) => f.message),
  }));
  const coverage = run.coverage ? { coverage: run.coverage } : {};
  return `${JSON.stringify({ passed: run.results.length - failed, failed, tests, ...coverage })}\n`;
}

function generate(args: TestArgs, document: DialplanDocument, io: CliIo): number {
  const { suite, exploration } = generateSuite(document);
  const text = `${JSON.stringify(suite, null, 2)}\n`;
  if (args.out === undefined) io.stdout(text);
  else write(args.out, text);
  const { coverage } = runTestSuite(document, suite, { coverage: true, exploration });
  const c = coverage as CoverageReport;
  io.stderr(
    `generated ${suite.tests.length} tests taking ${c.covered} of ${c.branches} branches` +
      `${c.unreachable > 0 ? ` (${c.unreachable} unreachable)` : ''}` +
      `${exploration.complete ? '' : '; the exploration stopped early, some branches may be missing'}\n`,
  );
  return 0;
}

export async function testCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseTestArgs(argv);
  const document = readDocument(args.file, io);
  if (!document) return 2;
  if (args.generate) return generate(args, document, io);
  const suite = readSuite(args.tests, document, io);
  if (!suite) return 2;
  const run = runTestSuite(document, suite, { coverage: args.coverage });
  if (args.junit !== undefined) write(args.junit, junitXml(args.tests, run.results));
  io.stdout(args.json ? jsonReport(run) : humanReport(args, run));
  return run.results.every((r) => r.passed) ? 0 : 1;
}
