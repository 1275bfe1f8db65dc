/** Test suites as files (issue 27): the `.tests.json` format, its runner, branch coverage and generation. */
import type { DialplanDocument } from '../ast/types.ts';
import { runSuite } from './check.ts';
import { branchesTaken, coverageReport, type CoverageReport } from './coverage.ts';
import { exploreCalls, type Exploration } from './explore.ts';
import type { TestResult, TestSuite } from './types.ts';

export type * from './types.ts';
export { parseTestSuite, checkSuiteNames, type SuiteParse } from './parse-test-suite.ts';
export { runSuite, runSuiteTest } from './check.ts';
export {
  branchMap,
  branchesTaken,
  coverageReport,
  type Branch,
  type CoverageReport,
} from './coverage.ts';
export { exploreCalls, type Exploration } from './explore.ts';
export { generateSuite, type GeneratedSuite } from './generate.ts';

export interface SuiteRun {
  results: TestResult[];
  /** Present when asked for: the branches the suite's calls took. */
  coverage?: CoverageReport;
}

/**
 * Runs a suite and, with `coverage`, measures its branch coverage; branches the exploration of every
 * call never reached count as unreachable (only when that exploration was complete).
 */
export function runTestSuite(
  document: DialplanDocument,
  suite: TestSuite,
  options: { coverage?: boolean; exploration?: Exploration } = {},
): SuiteRun {
  const runs = runSuite(document, suite);
  const results = runs.map(({ name, passed, failures }) => ({ name, passed, failures }));
  if (!options.coverage) return { results };
  const taken = new Set<string>();
  for (const r of runs) branchesTaken(document, r.call.trail, r.call.events, taken);
  const exploration = options.exploration ?? exploreCalls(document);
  const reachable = exploration.complete ? exploration.reachable : undefined;
  return { results, coverage: coverageReport(document, taken, reachable) };
}
export { junitXml } from './junit.ts';
export { debugTrace, eventsByElement, type DebugStep } from './debug-trace.ts';
/** The engine's steps with the elements they run recorded (the studio's breakpoints on a live call). */
export { Trail } from './drive.ts';
export { startCallTraced, stepCallTraced } from '../simulate/engine.ts';
