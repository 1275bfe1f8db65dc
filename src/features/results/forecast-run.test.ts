import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDialplan, simulateBatch } from '../../core/index.ts';
import { runForecast, type ForecastMessage } from './forecast-run.ts';

const POLL = readFileSync(new URL('../../../fixtures/political-poll.xml', import.meta.url), 'utf8');

describe('runForecast', () => {
  it('tells progress as it goes and ends with the batch counts', () => {
    const messages: ForecastMessage[] = [];
    let t = 0;
    runForecast(
      POLL,
      500,
      (m) => messages.push(m),
      () => (t += 40),
    );
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress[0]).toEqual({ type: 'progress', done: 0, total: 500 });
    expect(progress.length).toBeGreaterThan(5);
    const done = progress.map((m) => m.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const batch = simulateBatch(parseDialplan(POLL).document, { calls: 500, seed: 1 });
    expect(messages.at(-1)).toEqual({
      type: 'done',
      counts: { liveAnswers: batch.liveAnswers, questions: batch.responses },
    });
  });

  it('a dialplan with a 20,000-element cycle still finishes: every call ends with loop', () => {
    const setvars = Array.from({ length: 20_000 }, (_, i) => `<setvar name="s${i}" varname="v"/>`);
    const text = `<dialplan>${setvars.join('')}<goto>s0</goto></dialplan>`;
    const messages: ForecastMessage[] = [];
    runForecast(text, 3, (m) => messages.push(m));
    expect(messages.at(-1)).toMatchObject({
      type: 'done',
      counts: { liveAnswers: expect.any(Number) },
    });
  });
});
