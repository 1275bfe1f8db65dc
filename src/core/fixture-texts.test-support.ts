/**
 * Test support (Node only, never imported by the app): the texts of the project's fixtures, the
 * political poll first, and a text damaged at one place, for the fuzzed parser tests.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../../fixtures');

export const FIXTURE_TEXTS: readonly string[] = [
  readFileSync(join(ROOT, 'political-poll.xml'), 'utf8'),
  ...readdirSync(join(ROOT, 'callfire'))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => readFileSync(join(ROOT, 'callfire', f), 'utf8')),
];

/** `text` with `cut` characters at `at` (wrapped into the text) replaced by `piece`. */
export function damaged(text: string, at: number, cut: number, piece: string): string {
  const where = text.length === 0 ? 0 : at % text.length;
  return text.slice(0, where) + piece + text.slice(where + cut);
}
