import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeResultPages } from '../../../bench/results-pages.ts';
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
    // With the dialplan, answers carry the prompt's words (issue 26 item 1); result codes stay codes.
    expect(rows).toContain('4400005,12135550005,LA,Yes,Donkeys (1)');
    expect(rows).toContain('4400004,12135550004,AM,,');
    expect(rows).toHaveLength(12);
    const quoted = await run([tricky, '--csv']);
    expect(quoted.stdout).toBe(
      `id,toNumber,finalCallResult,Note\r\n1,12135550001,LA,"'=cmd|""/c calc""!A1, ok"\r\n`,
    );
    // Without a dialplan the CSV is as before: raw values.
    expect((await run(PAGES.concat('--csv'))).stdout.split('\r\n')).toContain(
      '4400005,12135550005,LA,Yes,1',
    );
  });

  it('prints a readable table by default', async () => {
    const { code, stdout } = await run(PAGES);
    expect(code).toBe(0);
    // Without a dialplan no completion is claimed (issue 26 item 2); the line says why.
    expect(stdout).toContain(
      'Calls: 10   live answers: 7   answered every question: 5 (71.4 %)   billed: 0.42 credits\n(no completion is claimed',
    );
    expect(stdout).not.toContain('completed the poll');
    // Result codes in words, the code kept (issue 26 item 6).
    expect(stdout).toMatch(/\n {2}Live answer \(LA\) +7 +70\.0 %\n {2}Answering machine \(AM\) +1/);
    expect(stdout).toMatch(/\n {2}No answer \(NO_ANS\) +1/);
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

  it('--json with --dialplan gives answer labels and completion by design (issue 26 items 1, 2)', async () => {
    const json = JSON.parse((await run([...PAGES, '--dialplan', POLL, '--json'])).stdout);
    // The prompt's words per stored value (every phrasing is tested in answer-labels.test.ts).
    expect(json.labels.Vote).toEqual({ Yes: 'Yes', No: 'No' });
    expect(Object.values(json.labels.Candidate)).toContain('Decline to state');
    expect(json.labels.Candidate['1']).toBe('Donkeys');
    // Hand count (fixtures/results/README.md): 7 live; 5 chose a candidate and 1 voted No (the poll
    // thanks them and hangs up: complete); 1 Yes voter hung up at the candidate question.
    expect(json.completion).toEqual({ live: 7, completed: 6, droppedAt: { Question_01: 1 } });
    const plain = JSON.parse((await run([...PAGES, '--json'])).stdout);
    expect(plain).not.toHaveProperty('labels');
    expect(plain).not.toHaveProperty('completion');
  });

  it('with --dialplan the table shows labelled answers and completion by design (issue 26)', async () => {
    const { code, stdout } = await run([...PAGES, '--dialplan', POLL]);
    expect(code).toBe(0);
    // Hand count (fixtures/results/README.md): the No voter completed; one Yes voter dropped at Question_01.
    expect(stdout).toContain(
      'Calls: 10   live answers: 7   completed the poll: 6 (85.7 %)   billed: 0.42 credits\n\n',
    );
    expect(stdout).toMatch(/Candidate \(5 answers\)\n {2}Donkeys \(1\) +3 +60\.0 %/);
    expect(stdout).toMatch(/\n {2}Elephants \(2\) +1 +20\.0 %/);
    // A label equal to its value is not repeated.
    expect(stdout).toMatch(/Vote \(7 answers\)\n {2}Yes +6/);
    expect(stdout).toMatch(
      /Funnel \(by the poll's design\)\n {2}Live answers +7 +100\.0 %\n {2}Dropped at Question_01 +1 +14\.3 %\n {2}Completed the poll +6 +85\.7 %\n/,
    );
  });

  it('a poll where every branch goes on: nobody completed, each call dropped where it stopped', async () => {
    const loop = join(dir, 'loop.xml');
    writeFileSync(
      loop,
      `<dialplan name="Root">
  <menu name="First" maxDigits="1">
    <play type="tts">Press 1 for Apples or 2 for Pears.</play>
    <keypress pressed="1"><stash varname="A">1</stash><goto>Second</goto></keypress>
    <keypress pressed="2"><stash varname="A">2</stash><goto>Second</goto></keypress>
  </menu>
  <menu name="Second" maxDigits="1">
    <play type="tts">Press 1 to start again.</play>
    <keypress pressed="1"><stash varname="B">Again</stash><goto>First</goto></keypress>
  </menu>
</dialplan>`,
    );
    const calls = join(dir, 'loop.json');
    const answer = (id: number, answers: [string, string][]) => ({
      id,
      finalCallResult: 'LA',
      records: [
        {
          id: 1,
          finishTime: 1,
          questionResponses: answers.map(([question, response]) => ({ question, response })),
        },
      ],
    });
    writeFileSync(
      calls,
      JSON.stringify([
        answer(1, [
          ['A', '1'],
          ['B', 'Again'],
        ]),
        answer(2, [['A', '2']]),
        answer(3, [['A', '1']]),
        answer(4, []),
      ]),
    );
    const table = (await run([calls, '--dialplan', loop])).stdout;
    expect(table).toContain('completed the poll: 0 (0.0 %)');
    expect(table).toMatch(
      /\n {2}Dropped at First +2 +50\.0 %\n {2}Dropped at Second +2 +50\.0 %\n {2}Completed the poll +0/,
    );
    expect(table).toMatch(/\n {2}Apples \(1\) +2/);
    const json = JSON.parse((await run([calls, '--dialplan', loop, '--json'])).stdout);
    expect(json.completion).toEqual({ live: 4, completed: 0, droppedAt: { First: 2, Second: 2 } });
  });

  it('--crosstab Vote,Candidate: --json cells and a table with row percentages (issue 26 item 3)', async () => {
    const json = JSON.parse(
      (await run([...PAGES, '--dialplan', POLL, '--json', '--crosstab', 'Vote,Candidate'])).stdout,
    );
    // Hand count (fixtures/results/README.md): the 5 candidates were all named by Yes voters.
    expect(json.crosstab).toEqual({
      rows: 'Vote',
      columns: 'Candidate',
      cells: { Yes: { '1': 3, '2': 1, '3': 1 } },
      calls: 5,
    });
    const oneWay = JSON.parse((await run([...PAGES, '--json', '--crosstab', 'Vote'])).stdout);
    expect(oneWay.crosstab).toEqual({ rows: 'Vote', cells: { Yes: 6, No: 1 }, calls: 7 });
    const table = (await run([...PAGES, '--dialplan', POLL, '--crosstab', 'Vote,Candidate']))
      .stdout;
    expect(table).toContain('Vote × Candidate (5 calls answered both; row %)\n  Vote  Donkeys (1)');
    expect(table).toMatch(/\n {2}Yes +3 \(60\.0 %\) +1 \(20\.0 %\) +1 \(20\.0 %\) +5\n/);
    expect(table).toMatch(/Donkeys \(1\) +Elephants \(2\)/);
    const one = (await run([...PAGES, '--crosstab', 'Vote'])).stdout;
    expect(one).toMatch(/\nVote \(7 answers\)\n {2}Yes +6 +85\.7 %\n {2}No +1 +14\.3 %\n$/);
  });

  it('--html writes the self-contained report; stdout is as without it (issue 26 item 5)', async () => {
    const file = join(dir, 'report.html');
    const args = [...PAGES, '--dialplan', POLL, '--crosstab', 'Vote,Candidate'];
    const { code, stdout, stderr } = await run([...args, '--html', file]);
    expect(code).toBe(0);
    expect(stderr).toBe(`report written to ${file}\n`);
    expect(stdout).toBe((await run(args)).stdout);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).not.toMatch(/<script/i);
    expect(html).toMatch(/<h2>Vote<\/h2><svg class="chart" role="img" aria-label="Vote: Yes 6/);
    expect(html).toContain('<title>Results: Root (political-poll.xml)</title>');
    expect(html).toContain('<h2>Vote × Candidate</h2>');
    const csv = await run([...PAGES, '--csv', '--html', join(dir, 'csv-report.html')]);
    expect(csv.stdout.split('\r\n')[0]).toBe('id,toNumber,finalCallResult,Vote,Candidate');
    expect(readFileSync(join(dir, 'csv-report.html'), 'utf8')).toContain('<h2>Vote</h2>');
    const unwritable = await run([...PAGES, '--html', join(dir, 'no-such-dir', 'r.html')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('cannot write');
  });

  it.each([
    [['a.json', '--crosstab', 'A,B,C'], 'one or two question names'],
    [['a.json', '--crosstab', ','], 'one or two question names'],
    [['a.json', '--crosstab', 'A', '--csv'], '--crosstab and --csv exclude each other'],
  ])('--crosstab usage error for %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it('2,000 generated calls: cross-tab and completion equal a hand count of the pages', async () => {
    const files = writeResultPages(join(dir, 'gen'), 20, 100, 7);
    // Count straight from the files: each call's answers come from its latest attempt.
    const cells: Record<string, Record<string, number>> = {};
    let live = 0;
    let completed = 0;
    let droppedAtCandidate = 0;
    let droppedAtVote = 0;
    for (const file of files) {
      const page = JSON.parse(readFileSync(file, 'utf8')) as {
        items: {
          finalCallResult: string;
          records: {
            finishTime: number;
            questionResponses?: { question: string; response: string }[];
          }[];
        }[];
      };
      for (const call of page.items) {
        const answers: Record<string, string> = {};
        const records = [...call.records].sort((a, b) => a.finishTime - b.finishTime);
        for (const r of records)
          for (const q of r.questionResponses ?? []) answers[q.question] = q.response;
        const vote = answers.Vote;
        const candidate = answers.Candidate;
        if (vote !== undefined && candidate !== undefined) {
          const row = (cells[vote] ??= {});
          row[candidate] = (row[candidate] ?? 0) + 1;
        }
        if (call.finalCallResult !== 'LA') continue;
        live++;
        if (vote === undefined) droppedAtVote++;
        else if (vote === 'No' || candidate !== undefined) completed++;
        else droppedAtCandidate++;
      }
    }
    const json = JSON.parse(
      (await run([...files, '--dialplan', POLL, '--json', '--crosstab', 'Vote,Candidate'])).stdout,
    );
    expect(json.crosstab.cells).toEqual(cells);
    expect(json.completion).toEqual({
      live,
      completed,
      droppedAt: { Live: droppedAtVote, Question_01: droppedAtCandidate },
    });
    expect(live).toBeGreaterThan(900);
    expect(droppedAtCandidate).toBeGreaterThan(0);
  });

  describe('hostile pages (issue 30)', () => {
    const page = (name: string, items: unknown[]) => {
      const file = join(dir, name);
      writeFileSync(file, JSON.stringify({ items }));
      return file;
    };
    const answering = (id: number, question: string, response: string, final = 'LA') => ({
      id,
      finalCallResult: final,
      records: [{ id: 1, finishTime: 1, questionResponses: [{ question, response }] }],
    });

    it('finding 2: 20,000 calls each answering another question print a bounded table', async () => {
      const file = page(
        'many-questions.json',
        Array.from({ length: 20_000 }, (_, i) => answering(i, `Q${i}`, `A${i}`)),
      );
      const table = await run([file]);
      expect(table.code).toBe(0);
      expect(table.stdout).toContain('Q49 (1 answers)');
      expect(table.stdout).not.toContain('Q50 (1 answers)');
      expect(table.stdout).toContain(
        '(showing the first 50 of 20,000 questions; all are in --csv and --json)',
      );
      expect(table.stdout).toContain('(showing the first 50 of 20,001 steps)');
      expect(table.stdout.split('\n').length).toBeLessThan(400);
      const json = JSON.parse((await run([file, '--json'])).stdout);
      expect(Object.keys(json.questions)).toHaveLength(20_000);
      expect(json.questions.Q19999).toEqual({ A19999: 1 });
    });

    it('finding 7: 200,000 distinct answers print the top 50 and say where the rest are', async () => {
      const items = Array.from({ length: 200_000 }, (_, i) =>
        answering(i, 'Name', i < 3 ? 'Smith' : `N${i}`),
      );
      const { code, stdout } = await run([page('many-answers.json', items)]);
      expect(code).toBe(0);
      expect(stdout).toMatch(/Name \(200000 answers\)\n {2}Smith +3 +0\.0 %/);
      expect(stdout).toContain(
        '(showing the top 50 of 199,998 answers; all are in --csv and --json)',
      );
      expect(stdout.split('\n').length).toBeLessThan(100);
    });

    it('finding 9: names like __proto__ and constructor are counted, with no NaN', async () => {
      const file = page('proto.json', [
        answering(1, '__proto__', 'constructor', 'constructor'),
        answering(2, 'constructor', '__proto__', '__proto__'),
        answering(3, '__proto__', '__proto__', 'LA'),
      ]);
      const table = await run([file]);
      expect(table.stdout).not.toContain('NaN');
      expect(table.stdout).not.toContain('function');
      expect(table.stdout).toMatch(/\n {2}constructor +1 +33\.3 %\n/);
      expect(table.stdout).toContain('__proto__ (2 answers)');
      const json = JSON.parse((await run([file, '--json'])).stdout);
      expect(Object.entries(json.finalCallResult)).toEqual([
        ['constructor', 1],
        ['__proto__', 1],
        ['LA', 1],
      ]);
      expect(Object.keys(json.questions)).toEqual(['__proto__', 'constructor']);
      expect(Object.entries(json.questions.__proto__)).toEqual([
        ['constructor', 1],
        ['__proto__', 1],
      ]);
      expect(Object.keys(json.intervals)).toEqual(['__proto__', 'constructor']);
      expect(json.intervals.constructor.__proto__.share).toBe(1);
    });

    it('finding 12: a 100 kB answer does not widen every row of the table', async () => {
      const long = 'x'.repeat(100_000);
      const items = Array.from({ length: 40 }, (_, i) =>
        answering(i, 'Comment', i === 0 ? long : `short ${i}`),
      );
      const { stdout } = await run([page('long-label.json', items)]);
      const widest = stdout.split('\n').reduce((m, line) => Math.max(m, line.length), 0);
      expect(widest).toBeLessThan(200);
      expect(stdout).toContain(`  ${'x'.repeat(59)}…        1    2.5 %`);
      expect(stdout).toMatch(/\n {2}short 1 {54} +1 +2\.5 %/);
    });

    it('finding 12: attempts listed twice with different answers are reported', async () => {
      const first = page('first.json', [answering(7, 'Vote', 'Yes')]);
      const again = page('again.json', [answering(7, 'Vote', 'No')]);
      const table = await run([first, again]);
      expect(table.stdout).toContain(
        '1 attempts were listed again with different contents; the first reading of each was kept (call 7 attempt 1)',
      );
      expect(table.stdout).toMatch(/Vote \(1 answers\)\n {2}Yes/);
      const json = JSON.parse((await run([first, again, '--json'])).stdout);
      expect(json.conflictingAttempts).toEqual({
        count: 1,
        examples: [{ call: '7', attempt: '1' }],
      });
      expect(JSON.parse((await run([first, first, '--json'])).stdout)).not.toHaveProperty(
        'conflictingAttempts',
      );
    });
  });
});
