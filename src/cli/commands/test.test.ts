import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childElements, parseDialplan, type ElementNode } from '../../core/index.ts';
import { runCli } from '../main.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['test', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'dialplan-test-'));
const POLL = join(dir, 'poll.xml');
writeFileSync(POLL, readFileSync('fixtures/political-poll.xml'));

function tests(name: string, suite: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof suite === 'string' ? suite : JSON.stringify(suite));
  return path;
}

const passing = {
  tests: [
    {
      name: 'yes, then Donkeys',
      inputs: ['1', '1'],
      expect: { responses: { Vote: 'Yes', Candidate: '1' }, end: 'hangup' },
    },
    { name: 'machine', caller: 'machine', expect: { visits: ['Machine'], notVisits: ['Live'] } },
  ],
};

const attr = (e: ElementNode, name: string) => e.attributes.find((a) => a.name === name)?.value;

describe('dialplan test', () => {
  it('finds NAME.tests.json beside NAME.xml, prints a line per test, exits 0 when all pass', async () => {
    tests('poll.tests.json', passing);
    const { code, stdout, stderr } = await run([POLL]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe('✓ yes, then Donkeys\n✓ machine\n2 passed, 0 failed\n');
  });

  it('exits 1 when a test fails, telling expected, got, element and line', async () => {
    const file = tests('fails.tests.json', {
      tests: [
        ...passing.tests,
        { name: 'no is yes', inputs: ['2'], expect: { responses: { Vote: 'Yes' } } },
      ],
    });
    const { code, stdout } = await run([POLL, '--tests', file]);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /✗ no is yes\n {4}responses\.Vote: expected "Yes", got "No", at \S+ \(line \d+\)\n2 passed, 1 failed\n$/,
    );
  });

  it('--json prints the documented object, with coverage when asked', async () => {
    const file = tests('json.tests.json', passing);
    const { code, stdout } = await run([POLL, `--tests=${file}`, '--json', '--coverage']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(Object.keys(out)).toEqual(['passed', 'failed', 'tests', 'coverage']);
    expect(out.tests[0]).toEqual({ name: 'yes, then Donkeys', passed: true, failures: [] });
    expect(out.coverage).toMatchObject({ branches: 7, covered: 4, unreachable: 0 });
    expect(out.coverage.uncovered.map((u: { label: string }) => u.label)).toEqual([
      'Live: 2',
      'Live: default',
      'Question_01: default',
    ]);
  });

  it('--junit writes JUnit XML with one testcase per test and the failure message', async () => {
    const file = tests('junit.tests.json', {
      tests: [
        passing.tests[0],
        { name: 'wrong end <&>', inputs: ['2'], expect: { end: 'completed' } },
      ],
    });
    const out = join(dir, 'junit.xml');
    expect((await run([POLL, '--tests', file, '--junit', out])).code).toBe(1);
    const { document } = parseDialplan(readFileSync(out, 'utf8'));
    expect(document.root?.tagName).toBe('testsuites');
    const suite = childElements(document.root as ElementNode)[0] as ElementNode;
    expect([attr(suite, 'tests'), attr(suite, 'failures')]).toEqual(['2', '1']);
    const cases = childElements(suite);
    expect(cases.map((c) => attr(c, 'name'))).toEqual(['yes, then Donkeys', 'wrong end <&>']);
    expect(childElements(cases[0] as ElementNode)).toEqual([]);
    const failure = childElements(cases[1] as ElementNode)[0] as ElementNode;
    expect(attr(failure, 'message')).toMatch(/^end: expected completed, got hangup, at /);
  });

  it('exits 2 on a tests file with an unknown key, a wrong type or an unknown element, naming the test', async () => {
    const cases: [unknown, RegExp][] = [
      [
        { tests: [{ name: 'typo', expect: { respones: {} } }] },
        /test 1 "typo": unknown key 'expect\.respones'/,
      ],
      [{ tests: [{ name: 'bad', inputs: 1 }] }, /test 1 "bad": 'inputs' must be a list of strings/],
      [
        { tests: [{ name: 'gone', expect: { visits: ['Nowhere'] } }] },
        /test 1 "gone": 'expect\.visits' names "Nowhere"/,
      ],
      [{ tests: [{ name: 'start', start: 'Nowhere' }] }, /test 1 "start": 'start' names "Nowhere"/],
      ['{"tests": [', /not valid JSON at line 1/],
    ];
    for (const [suite, message] of cases) {
      const { code, stdout, stderr } = await run([POLL, '--tests', tests('bad.tests.json', suite)]);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toMatch(message);
    }
  });

  it('exits 2 on a missing tests file, a dialplan that does not parse, and usage errors', async () => {
    expect((await run([POLL, '--tests', join(dir, 'none.json')])).stderr).toMatch(
      /cannot read .*none\.json' \(ENOENT\)/,
    );
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, '<dialplan><menu></dialplan>');
    const results = [
      await run([broken]),
      await run([POLL, '--bogus']),
      await run([POLL, '--generate', '--json']),
      await run([]),
      await run([POLL, '--junit']),
    ];
    expect(results.map((r) => r.code)).toEqual([2, 2, 2, 2, 2]);
    expect(results[0]?.stderr).toMatch(/broken\.xml:1:\d+: error:/);
  });

  it('--generate prints a suite that passes with every reachable branch covered', async () => {
    const generated = await run([POLL, '--generate']);
    expect(generated.code).toBe(0);
    expect(generated.stderr).toBe('generated 4 tests taking 7 of 7 branches\n');
    const file = tests('generated.tests.json', generated.stdout);
    const { code, stdout } = await run([POLL, '--tests', file, '--coverage']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/4 passed, 0 failed\ncoverage: 7 of 7 reachable branches \(100 %\)\n$/);
    const out = join(dir, 'out.tests.json');
    expect((await run([POLL, '--generate', '--out', out])).stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(generated.stdout);
  });
});
