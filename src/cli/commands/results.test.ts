import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['results', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const PAGES = ['poll-page-1.json', 'poll-page-2.json', 'poll-page-3-old-api.json'].map(
  (f) => `fixtures/results/${f}`,
);
const POLL = 'public/examples/political-poll.xml';
const dir = mkdtempSync(join(tmpdir(), 'dialplan-results-'));

describe('dialplan results', () => {
  it('--json prints the hand-counted summary of the three poll pages', async () => {
    const { code, stdout } = await run([...PAGES, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json).toMatchObject({
      calls: 10,
      finalCallResult: { LA: 7, AM: 1, BUSY: 1, NO_ANS: 1 },
      questions: { Vote: { Yes: 6, No: 1 }, Candidate: { '1': 3, '2': 1, '3': 1 } },
      funnel: [
        { label: 'Live answers', calls: 7 },
        { label: 'Vote', calls: 7 },
        { label: 'Candidate', calls: 5 },
      ],
      billed: 0.42,
    });
    expect(json.intervals.Vote.Yes.low).toBeCloseTo(0.487, 3);
  });

  it('--json with --dialplan reports questions the dialplan lacks and stashes never answered', async () => {
    const extra = join(dir, 'zip.json');
    writeFileSync(
      extra,
      JSON.stringify([
        {
          id: 99,
          finalCallResult: 'LA',
          records: [{ id: 1, questionResponses: [{ question: 'Zip', response: '90210' }] }],
        },
      ]),
    );
    const { stdout } = await run([extra, '--dialplan', POLL, '--json']);
    const json = JSON.parse(stdout);
    expect(json.questionOrder).toEqual(['Vote', 'Candidate', 'Zip']);
    expect(json.dialplan.unknownQuestions).toEqual(['Zip']);
    expect(json.dialplan.unansweredStashes.map((s: { question: string }) => s.question)).toEqual([
      'Vote',
      'Vote',
      'Candidate',
    ]);
  });

  it('--csv prints one row per call, quoted and safe from spreadsheet formulas', async () => {
    const tricky = join(dir, 'tricky.json');
    writeFileSync(
      tricky,
      JSON.stringify({
        items: [
          {
            id: 1,
            toNumber: '12135550001',
            finalCallResult: 'LA',
            records: [
              {
                id: 1,
                questionResponses: [{ question: 'Note', response: '=cmd|"/c calc"!A1, ok' }],
              },
            ],
          },
        ],
      }),
    );
    const { code, stdout } = await run([...PAGES, '--dialplan', POLL, '--csv']);
    expect(code).toBe(0);
    const rows = stdout.split('\r\n');
    expect(rows[0]).toBe('id,toNumber,finalCallResult,Vote,Candidate');
    expect(rows).toContain('4400005,12135550005,LA,Yes,1');
    expect(rows).toContain('4400004,12135550004,AM,,');
    expect(rows).toHaveLength(12);
    const quoted = await run([tricky, '--csv']);
    expect(quoted.stdout).toBe(
      `id,toNumber,finalCallResult,Note\r\n1,12135550001,LA,"'=cmd|""/c calc""!A1, ok"\r\n`,
    );
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await run(PAGES);
    expect(code).toBe(0);
    expect(stdout).toContain('Calls: 10   live answers: 7   completed the poll: 5 (71.4 %)');
    expect(stdout).toMatch(
      /Vote \(7 answers\)\n {2}Yes +6 +85\.7 % {2}\(95 % CI 48\.7 % – 97\.4 %\)/,
    );
    expect(stdout).toMatch(/Funnel\n {2}Live answers +7 +100\.0 %\n {2}Vote +7/);
  });

  it('reports a file that is not a page and still counts the others (exit 1)', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"items": [');
    const { code, stdout, stderr } = await run([bad, PAGES[0] as string, '--json']);
    expect(code).toBe(1);
    expect(stderr).toContain(`${bad}: error: not JSON`);
    expect(JSON.parse(stdout).calls).toBe(4);
  });

  it.each([
    [[], 'expected at least one FILE'],
    [['a.json', '--json', '--csv'], 'exclude each other'],
    [['a.json', '--dialplan'], '--dialplan needs a file'],
    [['missing.json'], 'cannot read missing.json'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
