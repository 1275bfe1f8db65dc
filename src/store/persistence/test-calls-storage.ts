/** Each document's saved test calls, under their own key (read by read-test-calls.ts). */
import type { SavedTestCall } from '../../core/index.ts';
import { TEST_CALLS_PREFIX } from './storage-keys.ts';
import { browserStorage, writeStored } from './storage-io.ts';

/** Undefined when written; otherwise why not. */
export function writeTestCalls(
  documentKey: string,
  testCalls: SavedTestCall[],
): string | undefined {
  return writeStored(browserStorage(), TEST_CALLS_PREFIX + documentKey, testCalls);
}
