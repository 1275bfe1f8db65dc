/**
 * A saved test call: a regression test for a dialplan. It keeps the call's world (options), the caller's
 * answers (tokens of `dialplan simulate --input`: digits, optionally ending in `#`, `timeout`, `hangup`)
 * and the transcript the call produced when it was saved.
 */
import type { SimEvent, SimOptions } from '../simulate/types.ts';
import type { TranscriptDifference } from './diff-transcripts.ts';

export interface SavedTestCall {
  name: string;
  options: SimOptions;
  inputs: string[];
  expected: SimEvent[];
}

export interface TestCallOutcome {
  name: string;
  passed: boolean;
  actual: SimEvent[];
  differences: TranscriptDifference[];
}
