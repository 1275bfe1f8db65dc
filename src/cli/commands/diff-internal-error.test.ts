/**
 * An internal failure of `dialplan diff` must not read as "they differ" (exit 1): whatever throws inside
 * the comparison (here the core's diff is made to throw, as a stack overflow or a bug would) is exit 2
 * with one line and no stack trace.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../main.ts';

vi.mock('../../core/index.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../core/index.ts')>()),
  diffDialplans: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('dialplan diff on an internal failure', () => {
  it('exits 2 with one line naming the failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dialplan-diff-fail-'));
    const path = join(dir, 'a.xml');
    writeFileSync(path, '<dialplan name="Root"><hangup/></dialplan>');
    let stdout = '';
    let stderr = '';
    const code = await runCli(['diff', path, path], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    });
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      'dialplan diff: internal error, the files could not be compared ' +
        '(RangeError: Maximum call stack size exceeded)\n',
    );
  });
});
