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

const dir = mkdtempSync(join(tmpdir(), 'dialplan-diff-'));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const OLD = file(
  'old.xml',
  `<dialplan name="Root">
  <menu name="Main" timeout="3500">
    <play type="tts" name="Ask">Press 1 for yes.</play>
    <keypress pressed="1"><goto>Bye</goto></keypress>
  </menu>
  <play type="tts" name="Bye">Goodbye.</play>
</dialplan>
`,
);

const NEW = file(
  'new.xml',
  `<dialplan name="Root">
  <menu name="Main" timeout="5000">
    <play type="tts" name="Ask">Press 1 for yes or 2 for no.</play>
    <keypress pressed="1"><goto>Farewell</goto></keypress>
    <keypress pressed="2"><hangup/></keypress>
  </menu>
  <play type="tts" name="Farewell">Goodbye.</play>
</dialplan>
`,
);

describe('dialplan diff', () => {
  it('exits 0 and prints nothing when only the formatting differs', async () => {
    const reformatted = file(
      'reformatted.xml',
      `<dialplan name='Root'><menu timeout="3500" name="Main"><play name="Ask" type="tts">
      Press 1   for yes.</play><keypress pressed="1"><goto>Bye</goto></keypress></menu>
      <play type="tts" name="Bye">Goodbye.</play></dialplan>`,
    );
    expect(await run(['diff', OLD, reformatted])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse((await run(['diff', OLD, reformatted, '--json'])).stdout)).toEqual({
      same: true,
      changes: [],
    });
  });

  it('exits 1 with one line per change, naming the element and its lines in OLD/NEW', async () => {
    const { code, stdout, stderr } = await run(['diff', OLD, NEW]);
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      'changed menu "Main" attribute:timeout: "3500" → "5000"  (OLD:2 NEW:2)',
      'changed play "Ask" text: Press 1 for [-yes.-] {+yes or 2 for no.+}  (OLD:3 NEW:3)',
      'added   keypress /dialplan/menu/keypress[2]  (NEW:5)',
      'renamed play "Farewell": "Bye" → "Farewell"  (OLD:6 NEW:7)',
    ]);
  });

  it('prints the documented JSON with --json', async () => {
    const { code, stdout } = await run(['diff', '--json', OLD, NEW]);
    expect(code).toBe(1);
    const body = JSON.parse(stdout) as { same: boolean; changes: unknown[] };
    expect(body.same).toBe(false);
    expect(body.changes).toEqual([
      {
        kind: 'changed',
        tag: 'menu',
        name: 'Main',
        path: '/dialplan/menu',
        field: 'attribute:timeout',
        old: '3500',
        new: '5000',
        oldLine: 2,
        newLine: 2,
      },
      {
        kind: 'changed',
        tag: 'play',
        name: 'Ask',
        path: '/dialplan/menu/play',
        field: 'text',
        old: 'Press 1 for yes.',
        new: 'Press 1 for yes or 2 for no.',
        oldLine: 3,
        newLine: 3,
      },
      { kind: 'added', tag: 'keypress', path: '/dialplan/menu/keypress[2]', newLine: 5 },
      {
        kind: 'renamed',
        tag: 'play',
        name: 'Farewell',
        path: '/dialplan/play',
        field: 'attribute:name',
        old: 'Bye',
        new: 'Farewell',
        oldLine: 6,
        newLine: 7,
      },
    ]);
  });

  it('reports malformed input as FILE:LINE:COL: error and exits 2', async () => {
    const broken = file('broken.xml', '<dialplan>\n  <menu>\n</dialplan>\n');
    const { code, stdout, stderr } = await run(['diff', OLD, broken]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^${broken.replace(/[.\\/]/g, '\\$&')}:\\d+:\\d+: error: `));
  });

  it('answers usage and read errors with exit 2 and one line', async () => {
    for (const args of [
      ['diff'],
      ['diff', OLD],
      ['diff', OLD, NEW, 'third.xml'],
      ['diff', OLD, NEW, '--word'],
      ['diff', OLD, join(dir, 'none.xml')],
    ]) {
      const { code, stdout, stderr } = await run(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('diffs a prompt going from 1 word to 200,000 (exit 1, no stack trace)', async () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `w${i}`).join(' ');
    const play = (text: string) =>
      `<dialplan name="Root"><play type="tts" name="P">${text}</play></dialplan>`;
    const { code, stdout, stderr } = await run([
      'diff',
      file('one-word.xml', play('hello')),
      file('many-words.xml', play(many)),
    ]);
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' });
    expect(stdout).toContain(`changed play "P" text: [-hello-] {+${many}+}  (OLD:1 NEW:1)`);
  });

  it('says when a prompt too long for a word diff is compared as a whole', async () => {
    const words = (w: string) => Array.from({ length: 600 }, (_, i) => `${w}${i}`).join(' ');
    const play = (text: string) =>
      `<dialplan name="Root"><play type="tts" name="P">${text}</play></dialplan>`;
    const before = file('long-a.xml', play(words('a')));
    const after = file('long-b.xml', play(words('b')));
    const note = 'compared as a whole: 600 → 600 words is too long for a word diff';
    const text = await run(['diff', before, after]);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain(`{+${words('b')}+} (${note})  (OLD:1 NEW:1)`);
    const json = await run(['diff', '--json', before, after]);
    expect(JSON.parse(json.stdout).changes[0].note).toBe(note);
  });
});
