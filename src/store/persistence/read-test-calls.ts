/** Reading a document's saved test calls, with their check (a lazy chunk: see simulator-slice.ts). */
import type { SavedTestCall } from '../../core/index.ts';
import { TEST_CALLS_PREFIX } from './storage-keys.ts';
import { browserStorage, readStored, type Read } from './storage-io.ts';
import { checkTestCalls } from './workspace-schema.ts';

export function readTestCalls(documentKey: string): Read<SavedTestCall[]> {
  return readStored(browserStorage(), TEST_CALLS_PREFIX + documentKey, checkTestCalls);
}
