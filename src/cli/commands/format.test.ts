import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'dialplan-format-'));

describe('dialplan format', () => {
  it('prints the canonical form', async () => {
    const file = join(dir, 'a.xml');
    writeFileSync(
      file,
      "<dialplan><!-- hi --><goto>\n A </goto><hangup name='x'></hangup></dialplan>",
    );
    expect(await run(['format', file])).toEqual({
      code: 0,
      stdout: '<dialplan>\n  <!-- hi -->\n  <goto>A</goto>\n  <hangup name="x"/>\n</dialplan>\n',
      stderr: '',
    });
  });

  it('refuses malformed XML: diagnostics on stderr, exit 1', async () => {
    const file = 'fixtures/callfire/callfire-docs-developers-stash-2.xml';
    const { code, stdout, stderr } = await run(['format', file]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^fixtures\/callfire\/callfire-docs-developers-stash-2\.xml:9:67: error: /,
    );
  });

  it('answers usage errors with exit 2 and one line', async () => {
    for (const args of [
      ['format'],
      ['format', 'a.xml', 'b.xml'],
      ['format', join(dir, 'none.xml')],
    ]) {
      const { code, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
