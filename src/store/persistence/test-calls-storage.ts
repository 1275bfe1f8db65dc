/** Each document's saved test calls, under their own key (read when the document is shown). */
import type { SavedTestCall } from '../../core/index.ts';
import { TEST_CALLS_PREFIX } from './keys.ts';
import { checkTestCalls } from './schema.ts';
import { browserStorage, readStored, writeStored, type Read } from './storage-io.ts';

export function readTestCalls(documentKey: string): Read<SavedTestCall[]> {
  return readStored(browserStorage(), TEST_CALLS_PREFIX + documentKey, checkTestCalls);
}

/** Undefined when written; otherwise why not. */
export function writeTestCalls(
  documentKey: string,
  testCalls: SavedTestCall[],
): string | undefined {
  return writeStored(browserStorage(), TEST_CALLS_PREFIX + documentKey, testCalls);
}
