import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['simulate', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const POLL = 'fixtures/political-poll.xml';
const dir = mkdtempSync(join(tmpdir(), 'dialplan-simulate-'));

function file(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `<dialplan>${body}</dialplan>`);
  return path;
}

describe('dialplan simulate', () => {
  it('prints one JSON object for a scripted call', async () => {
    const { code, stdout, stderr } = await run([POLL, '--input', '1 3']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.endsWith('}\n')).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['events', 'questionResponses', 'variables', 'end']);
    expect(out.questionResponses).toEqual([
      { question: 'Vote', response: 'Yes' },
      { question: 'Candidate', response: '3' },
    ]);
    expect(out.end).toEqual({ type: 'end', reason: 'hangup', path: '/dialplan/hangup', line: 56 });
    expect(out.events[0]).toEqual({
      type: 'goto',
      target: 'Live',
      path: '/dialplan/amd/live/goto',
      line: 4,
    });
  });

  it('--amd machine runs the machine branch; tokens running out end awaiting input', async () => {
    const machine = JSON.parse((await run([POLL, '--amd', 'machine'])).stdout);
    expect(machine.events.filter((e: { type: string }) => e.type === 'play')).toHaveLength(1);
    const waiting = JSON.parse((await run([POLL])).stdout);
    expect(waiting.end).toMatchObject({ reason: 'awaiting-input', path: '/dialplan/menu[1]' });
  });

  it('--inbound, --var, --http, --transfer and --now reach the call', async () => {
    const path = file(
      'world.xml',
      '<amd><live><play type="tts">live</play></live><machine/></amd>' +
        '<get varname="r">http://api/x?id=${id}</get>' +
        '<play type="tts">${r} ${global.date.year} ${global.time.hour.military}</play>' +
        '<transfer>123</transfer><play type="tts">still here</play>',
    );
    const { code, stdout } = await run([
      path,
      '--inbound',
      '--var',
      'id=7',
      '--http=http://api/x?id=7=OK',
      '--transfer',
      'no-answer',
      '--now',
      '2030-06-01T08:30:00Z',
    ]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    const spoken = out.events.filter((e: { type: string }) => e.type === 'play');
    expect(spoken.map((e: { text: string }) => e.text)).toEqual([
      'live',
      'OK 2030 8',
      'still here',
    ]);
    expect(out.variables).toEqual({ id: '7', r: 'OK' });
    expect(out.end.reason).toBe('completed');
  });

  it('--input "123# hangup" consumes one token per menu', async () => {
    const path = file(
      'two-menus.xml',
      '<menu maxDigits="5"><play type="tts">a</play><keypress pressed="default"/></menu>' +
        '<menu><play type="tts">b</play><keypress pressed="1"/></menu>',
    );
    const out = JSON.parse((await run([path, '--input', '123# hangup'])).stdout);
    const input = out.events.find((e: { type: string }) => e.type === 'input');
    expect(input).toMatchObject({ digits: '123', timedOut: false });
    expect(out.end).toMatchObject({ reason: 'caller-hangup', path: '/dialplan/menu[2]' });
  });

  it('--random N --seed S prints a reproducible summary', async () => {
    const first = await run([POLL, '--random', '300', '--seed', '9']);
    const again = await run([POLL, '--random=300', '--seed=9']);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(again.stdout);
    const summary = JSON.parse(first.stdout);
    expect(summary.calls).toBe(300);
    const ended = Object.values(summary.endReasons as Record<string, number>);
    expect(ended.reduce((a, b) => a + b, 0)).toBe(300);
    expect(summary.coverage.branches).toMatchObject({ total: 5, unreached: [] });
    expect(Object.keys(summary.responses)).toEqual(['Vote', 'Candidate']);
  });

  it('a setvar doubling itself in a goto loop ends as a clean error, not a crash', async () => {
    const path = file(
      'double.xml',
      '\n  <setvar name="top" varname="x">${x}${x}</setvar>\n  <goto>top</goto>\n',
    );
    const { code, stdout, stderr } = await run([path, '--var', 'x=a']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.end).toMatchObject({ reason: 'error', path: '/dialplan/setvar', line: 2 });
    expect(stderr).toBe(`${path}:2:3: error: the call ended: ${output.end.message} [simulate]\n`);
    expect(stderr).toContain('<setvar name="top"> (/dialplan/setvar, line 2)');
  });

  it('malformed XML: diagnostics on stderr, exit 1', async () => {
    const { code, stdout, stderr } = await run([
      'fixtures/callfire/callfire-docs-developers-stash-2.xml',
    ]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(
      /^fixtures\/callfire\/callfire-docs-developers-stash-2\.xml:9:67: error: .*\[xml-/,
    );
  });

  it.each([
    [[], 'expected one FILE'],
    [[POLL, POLL], 'expected one FILE'],
    [[POLL, '--amd', 'robot'], '--amd must be live or machine'],
    [[POLL, '--amd'], '--amd needs a value'],
    [[POLL, '--input', '1 two'], "'two'"],
    [[POLL, '--var', 'novalue'], 'NAME=VALUE'],
    [[POLL, '--transfer', 'maybe'], '--transfer'],
    [[POLL, '--now', 'yesterday'], '--now'],
    [[POLL, '--random', '0'], '--random'],
    [[POLL, '--inbound', '--amd', 'live'], 'cannot be combined'],
    [[POLL, '--loud'], "unknown option '--loud'"],
    [['missing.xml'], "cannot read 'missing.xml'"],
  ])('exits 2 with one line for %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});

describe('dialplan simulate: long cycles (issue 30)', () => {
  it('a cycle of 10,500 silent setvars ends with loop, naming the first few and the count', async () => {
    const setvars = Array.from(
      { length: 10_500 },
      (_, i) => `<setvar name="${i === 0 ? 'top' : `s${i}`}" varname="v"/>`,
    );
    const path = file('long-cycle.xml', `${setvars.join('')}<goto name="back">top</goto>`);
    const { code, stdout } = await run([path]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.end.reason).toBe('loop');
    expect(out.end.message).toMatch(/cycle: top → s1 → s2 .* … \(10,501 elements\)$/);
  });

  it('--random on a 2-element goto cycle ends every call with loop after one lap', async () => {
    const path = file('two-gotos.xml', '<goto name="a">b</goto><goto name="b">a</goto>');
    const { code, stdout, stderr } = await run([path, '--random', '300']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(JSON.parse(stdout).endReasons).toEqual({ loop: 300 });
    const one = JSON.parse((await run([path])).stdout);
    expect(one.events.filter((e: { type: string }) => e.type === 'goto')).toHaveLength(2);
    expect(one.end.message).toContain('no variable changed');
  });
});
