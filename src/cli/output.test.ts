/** Issue 29 item 4: output a person reads — the transcript, the summary line, did-you-mean, colour. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeEvent, parseDialplan, runScriptedCall } from '../core/index.ts';
import { colourAllowed } from './colour.ts';
import { runCli } from './main.ts';

async function run(args: string[], tty: { isTTY?: boolean; color?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    ...tty,
  });
  return { code, stdout, stderr };
}

const POLL = 'fixtures/political-poll.xml';
const dir = mkdtempSync(join(tmpdir(), 'dialplan-output-'));
function write(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}
const ESC = '\u001b[';
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

describe('dialplan simulate output', () => {
  const call = runScriptedCall(parseDialplan(readFileSync(POLL, 'utf8')).document, {}, ['1', '3']);

  it('--format text prints one line per event, as the studio transcript words them', async () => {
    const { code, stdout } = await run(['simulate', POLL, '--input', '1 3', '--format', 'text']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines.slice(0, call.events.length)).toEqual(call.events.map(describeEvent));
    expect(lines).toContain('Pressed 1');
    expect(lines).toContain('Answer: Vote = Yes');
    expect(stdout).not.toContain(ESC);
  });

  it('on a terminal the transcript is the default; --json keeps the JSON byte for byte', async () => {
    const piped = await run(['simulate', POLL, '--input', '1 3']);
    const onTty = await run(['simulate', POLL, '--input', '1 3'], { isTTY: true });
    const json = await run(['simulate', POLL, '--input', '1 3', '--json'], { isTTY: true });
    expect(piped.stdout).toBe(`${JSON.stringify(call)}\n`);
    expect(json.stdout).toBe(piped.stdout);
    expect(onTty.stdout).toBe(
      (await run(['simulate', POLL, '--input', '1 3', '--format', 'text'])).stdout,
    );
  });

  it('--format json and --json agree; --json with --format text is a usage error', async () => {
    const a = await run(['simulate', POLL, '--format', 'json'], { isTTY: true });
    const b = await run(['simulate', POLL, '--json']);
    expect(a.stdout).toBe(b.stdout);
    const both = await run(['simulate', POLL, '--json', '--format', 'text']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('exclude each other');
    expect((await run(['simulate', POLL, '--format', 'xml'])).stderr).toContain(
      "--format must be text or json, got 'xml'",
    );
  });

  it('colours the end of the call only when colour is allowed', async () => {
    const plain = await run(['simulate', POLL, '--input', '1 3'], { isTTY: true, color: false });
    const coloured = await run(['simulate', POLL, '--input', '1 3'], { isTTY: true, color: true });
    expect(plain.stdout).not.toContain(ESC);
    expect(coloured.stdout).toContain(`${ESC}1mCall ended`);
    expect(coloured.stdout.replaceAll(ANSI, '')).toBe(plain.stdout);
  });
});

describe('dialplan validate output', () => {
  const bad = write(
    'typo.xml',
    '<dialplan>\n<menu name="Live"><play type="tts">x</play><keypress pressed="1"><goto>Machin</goto></keypress></menu>\n<play name="Machine" type="tts">m</play>\n</dialplan>\n',
  );
  const clean = 'fixtures/callfire/callfire-ivr-samples-Utilities-Password.xml';

  it('ends with a summary line on stderr counting errors, warnings and files', async () => {
    const { code, stdout, stderr } = await run(['validate', bad, clean, POLL]);
    expect(code).toBe(1);
    const errors = stdout.split('\n').filter((l) => l.includes(': error: ')).length;
    const warnings = stdout.split('\n').filter((l) => l.includes(': warning: ')).length;
    expect(errors).toBeGreaterThan(0);
    const expected = [
      `${errors} error${errors === 1 ? '' : 's'}`,
      ...(warnings > 0 ? [`${warnings} warning${warnings === 1 ? '' : 's'}`] : []),
    ].join(', ');
    expect(stderr).toBe(`${expected} in 3 files\n`);
  });

  it('suggests the nearest name for an unknown goto target', async () => {
    const { stdout } = await run(['validate', bad]);
    expect(stdout).toMatch(
      /:2:\d+: error: <goto> jumps to 'Machin', .*\(did you mean Machine\?\) \[goto-target\]/,
    );
  });

  it('colours severities and the summary only when colour is allowed', async () => {
    const plain = await run(['validate', bad], { isTTY: true, color: false });
    const coloured = await run(['validate', bad], { isTTY: true, color: true });
    expect(plain.stdout + plain.stderr).not.toContain(ESC);
    expect(coloured.stdout).toContain(`${ESC}31merror${ESC}0m`);
    expect(coloured.stderr).toContain(`${ESC}31m1 error`);
    expect(coloured.stdout.replaceAll(ANSI, '')).toBe(plain.stdout);
  });
});

describe('colourAllowed', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '' }, true],
    [true, { NO_COLOR: '1' }, false],
    [false, {}, false],
  ])('terminal %s, env %j → %s', (tty, env, expected) => {
    expect(colourAllowed(tty, env)).toBe(expected);
  });
});
