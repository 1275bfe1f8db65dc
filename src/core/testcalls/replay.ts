/**
 * Replays saved test calls against a dialplan with the engine's scripted runner (the same runner as
 * `dialplan simulate --input`) and compares the transcripts.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { runScriptedCall } from '../simulate/script.ts';
import { diffTranscripts } from './diff-transcripts.ts';
import type { SavedTestCall, TestCallOutcome } from './types.ts';

export function replayTestCall(
  document: DialplanDocument,
  testCall: SavedTestCall,
): TestCallOutcome {
  const { events } = runScriptedCall(document, testCall.options, testCall.inputs);
  const differences = diffTranscripts(testCall.expected, events);
  return { name: testCall.name, passed: differences.length === 0, actual: events, differences };
}

/**
 * Every test call replayed, in order.
 *
 * @example replayTestCalls(store.lastGood, store.testCalls).filter((o) => !o.passed)
 */
export function replayTestCalls(
  document: DialplanDocument,
  testCalls: readonly SavedTestCall[],
): TestCallOutcome[] {
  return testCalls.map((t) => replayTestCall(document, t));
}
