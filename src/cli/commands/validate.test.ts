import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

const FIXTURES = 'fixtures/callfire';
const dir = mkdtempSync(join(tmpdir(), 'dialplan-validate-'));
const write = (name: string, text: string) => {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
};

const writeBytes = (name: string, bytes: Uint8Array) => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('dialplan validate: encoding and positions', () => {
  it('reports invalid UTF-8 and NUL bytes at FILE:LINE:COL and exits 1', async () => {
    const bytes = new Uint8Array([
      ...utf8('<dialplan>\n  <play type="tts">caf'),
      0xe9,
      ...utf8('</play>\n  <hangup/>\0\n</dialplan>'),
    ]);
    const file = writeBytes('latin1.xml', bytes);
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${file}:2:23: error: Invalid UTF-8 (E9 at byte offset 33), shown as \ufffd: save the file as UTF-8 [encoding]\n` +
        `${file}:3:12: error: A NUL character (U+0000) is not allowed in XML: delete it [xml-nul]\n`,
    );
  });

  it('names a UTF-16 file instead of reporting text before the root element', async () => {
    const text = '<dialplan>\n  <hangup/>\n</dialplan>';
    const units = Array.from(text, (c) => [c.charCodeAt(0), 0]).flat();
    const file = writeBytes('utf16.xml', new Uint8Array([0xff, 0xfe, ...units]));
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(1);
    expect(stdout).toBe(
      `${file}:1:1: error: The file is UTF-16 (little-endian): it was read as such here; save it as UTF-8 [encoding]\n`,
    );
  });

  it('counts a lone CR as a line end (line 3 is 3:3, not 1:63)', async () => {
    const file = write(
      'cr.xml',
      '<dialplan>\r  <play type="tts">Hello there</play>\r  <goto>Nowhere</goto>\r</dialplan>',
    );
    const { stdout } = await run(['validate', file]);
    expect(stdout).toMatch(new RegExp(`^${file}:3:3: error: .*'Nowhere'.*\\[goto-target\\]$`, 'm'));
  });
});

describe('dialplan validate', () => {
  it('exits 0 and prints no diagnostic for a clean dialplan, only the summary on stderr', async () => {
    const file = `${FIXTURES}/callfire-ivr-samples-Utilities-Password.xml`;
    expect(await run(['validate', file])).toEqual({
      code: 0,
      stdout: '',
      stderr: 'no problems in 1 file\n',
    });
  });

  it('prints warnings as FILE:LINE:COL: warning: message [rule-id] and still exits 0', async () => {
    const file = write(
      'warn.xml',
      '<dialplan>\n  <menu>\n    <keypress pressed="1"/>\n  </menu>\n</dialplan>',
    );
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(0);
    expect(stdout).toBe(
      `${file}:2:3: warning: <menu> has no timeout or default keypress: when the caller presses nothing or a wrong key, the call just moves on. Add <keypress pressed="timeout"> or pressed="default" [menu-no-fallback]\n`,
    );
  });

  it('exits 1 on errors, for every file given, in source order', async () => {
    const bad = write('bad.xml', '<dialplan>\n<goto>Nowhere</goto>\n<play>Hi</play>\n</dialplan>');
    const good = `${FIXTURES}/callfire-docs-developers-play-1.xml`;
    const { code, stdout } = await run(['validate', good, bad]);
    expect(code).toBe(1);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(new RegExp(`^${bad}:2:1: error: .*'Nowhere'.* \\[goto-target\\]$`)),
      expect.stringMatching(new RegExp(`^${bad}:3:1: error: .*'type'.* \\[required-attribute\\]$`)),
      expect.stringMatching(new RegExp(`^${bad}:3:1: warning: .* \\[unreachable\\]$`)),
    ]);
  });

  it('warns about questions added after Question_01 that no call reaches (issue 24), exit 0', async () => {
    const poll = readFileSync(`${FIXTURES}/callfire-api-samples-2.0-ivr-politicalPoll.xml`, 'utf8');
    const question = (name: string) =>
      `\t<menu name="${name}"><play type="tts">q</play><keypress pressed="1"/>` +
      `<keypress pressed="default"><goto>${name}</goto></keypress></menu>\n`;
    const at = poll.indexOf('\t<play type="tts" voice="female1" name="Goodbye">');
    const file = write(
      'added.xml',
      poll.slice(0, at) + question('Question') + question('Question_2') + poll.slice(at),
    );
    const line = poll.slice(0, at).split('\n').length;
    const { code, stdout } = await run(['validate', file]);
    expect(code).toBe(0);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      `${file}:${line}:2: warning: <menu> "Question" can never run: no goto names it and no call falls through to it ("Question_01" before it always goes elsewhere) [no-way-in]`,
      `${file}:${line + 1}:2: warning: <menu> "Question_2" can never run: no goto names it and no call falls through to it ("Question" before it is on no call either) [no-way-in]`,
    ]);
  });

  it('reports the malformed fixtures with their position and exit 1', async () => {
    const { code, stdout } = await run([
      'validate',
      `${FIXTURES}/callfire-api-samples-2.0-ivr-2fa.xml`,
      `${FIXTURES}/callfire-docs-developers-stash-2.xml`,
    ]);
    expect(code).toBe(1);
    expect(stdout).toContain(
      'callfire-api-samples-2.0-ivr-2fa.xml:1:1: error: Text before the root',
    );
    expect(stdout).toMatch(
      /callfire-docs-developers-stash-2\.xml:9:67: error: Raw '&' .*\[xml-entity\]/,
    );
  });

  it('answers usage errors and unreadable files with exit 2 and one line', async () => {
    for (const args of [
      ['validate'],
      ['validate', '--strict', 'x.xml'],
      ['validate', join(dir, 'missing.xml')],
    ]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('runs through the real bin (npx dialplan)', () => {
    const file = write('cli.xml', '<dialplan>\n<goto>X</goto>\n</dialplan>');
    let status = 0;
    let out = '';
    try {
      execFileSync(process.execPath, ['bin/dialplan.js', 'validate', file], { encoding: 'utf8' });
    } catch (error) {
      const e = error as { status: number; stdout: string };
      status = e.status;
      out = e.stdout;
    }
    expect(status).toBe(1);
    expect(out).toMatch(/:2:1: error: .* \[goto-target\]\n$/);
  });
});
