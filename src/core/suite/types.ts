/**
 * Test suites as files: `NAME.tests.json` beside `NAME.xml`, one format for `dialplan test` and the
 * studio (README, "Test suites"). A test is a scripted call (the tokens of `dialplan simulate --input`)
 * and expectations about it; every `expect` key is optional and a test passes when every key given holds.
 */
import type { AnswerType, EndReason, TransferOutcome } from '../simulate/types.ts';

export interface TestExpectation {
  /** The whole questionResponses as a map (a question asked twice keeps its last response). */
  responses?: Record<string, string>;
  end?: EndReason;
  /** Named elements reached, in this order (others may come between). */
  visits?: string[];
  /** Named elements the call must never reach. */
  notVisits?: string[];
  /** Substrings of spoken prompts, in this order. */
  says?: string[];
  /** Script variables at the end of the call (only the ones named). */
  variables?: Record<string, string>;
  /** The exact transcript lines, as saved test calls compare them. */
  transcript?: string[];
}

export interface SuiteTest {
  name: string;
  /** How the call is answered (default live). */
  caller?: AnswerType;
  /** `--input` tokens: digits (optionally ending in `#`), `timeout`, `hangup`. */
  inputs?: string[];
  /** `--var NAME=VALUE`; `contact.X` keys fill the contact's columns. */
  vars?: Record<string, string>;
  /** Response body per URL for `<get>`/`<post>`. */
  http?: Record<string, string>;
  /** What every `<transfer>` does (default answered). */
  transfer?: TransferOutcome;
  /** Begin at the element with this name (vars preset). */
  start?: string;
  expect?: TestExpectation;
}

export interface TestSuite {
  tests: SuiteTest[];
}

export const END_REASONS: readonly EndReason[] = [
  'completed',
  'hangup',
  'caller-hangup',
  'transfer',
  'error',
  'loop',
  'awaiting-input',
];

/** Where an expectation failed: the element the call diverged at, with its start tag's line. */
export interface FailureAt {
  path: string;
  line: number;
  name?: string;
}

export interface TestFailure {
  /** `expected … got …` in words, naming the element and line. */
  message: string;
  at?: FailureAt;
}

export interface TestResult {
  name: string;
  passed: boolean;
  failures: TestFailure[];
}
