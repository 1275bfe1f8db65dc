import { describe, expect, it } from 'vitest';
import { nextTimerTask, runInTasks, timeSlice, yieldToBrowser } from './schedule.ts';

describe('the scheduling module', () => {
  it('yieldToBrowser resumes in a later task: microtasks queued now run first', async () => {
    const order: string[] = [];
    const done = yieldToBrowser().then(() => order.push('yielded'));
    void Promise.resolve().then(() => order.push('microtask'));
    await done;
    expect(order).toEqual(['microtask', 'yielded']);
  });

  it('nextTimerTask resumes after a timer queued before it', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await nextTimerTask();
    order.push('after');
    expect(order).toEqual(['timer', 'after']);
  });

  it('runInTasks runs each step in order, none in the calling task', async () => {
    const ran: number[] = [];
    const running = runInTasks([() => ran.push(1), () => ran.push(2)]);
    expect(ran).toEqual([]);
    await running;
    expect(ran).toEqual([1, 2]);
  });

  it('timeSlice yields only once the budget is spent, then starts a new slice', async () => {
    let clock = 0;
    const turn = timeSlice(8, () => clock);
    clock = 8;
    expect(await turn()).toBe(false);
    clock = 9;
    expect(await turn()).toBe(true);
    clock = 12;
    expect(await turn()).toBe(false);
    clock = 18;
    expect(await turn()).toBe(true);
  });
});
