import { describe, expect, it } from 'vitest';
import { parseDialplan, simulateBatch } from '../../core/index.ts';
import { PROGRESS_EVERY_MS, runBatchWithProgress } from './simulate-progress.ts';

const MENU = parseDialplan(
  '<dialplan><menu name="M"><play type="tts">Press 1</play>' +
    '<keypress pressed="1"><stash varname="Q">yes</stash></keypress></menu></dialplan>',
).document;

/** A clock that moves `step` ms each time it is read. */
function ticking(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

describe('runBatchWithProgress', () => {
  it('a slow batch tells its progress about once a second, then the total; the summary is unchanged', () => {
    const lines: string[] = [];
    const batch = { calls: 2000, seed: 7 };
    const summary = runBatchWithProgress(MENU, batch, (l) => lines.push(l), ticking(300));
    expect(summary).toEqual(simulateBatch(MENU, batch));
    expect(lines.at(-1)).toBe('simulated 2,000 calls\n');
    const progress = lines.slice(0, -1);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    for (const line of progress)
      expect(line).toMatch(/^simulated [\d,]+ of 2,000 calls \(\d+%\)\n$/);
    const done = progress.map((l) => Number(/simulated ([\d,]+)/.exec(l)?.[1]?.replace(/,/g, '')));
    expect(done).toEqual([...done].sort((a, b) => a - b));
  });

  it('a batch shorter than a second prints nothing', () => {
    const lines: string[] = [];
    runBatchWithProgress(
      MENU,
      { calls: 500, seed: 1 },
      (l) => lines.push(l),
      ticking(PROGRESS_EVERY_MS / 100),
    );
    expect(lines).toEqual([]);
  });
});
