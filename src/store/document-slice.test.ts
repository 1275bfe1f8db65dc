import { beforeAll, describe, expect, it } from 'vitest';
import { analyseDialplan } from '../core/index.ts';
import { createStudioStore } from './create-studio-store.ts';
import type { ScheduleTask } from './deferred-task.ts';
import { loadDiagnose } from './diagnose-loader.ts';
import { BIG_TEXT_CHARS } from './document-slice.ts';
import { generatePoll } from '../../bench/gen-poll.ts';

/** A scheduler run by hand: `runAll()` plays the part of "the graph has been painted". */
function manualScheduler() {
  let queue: (() => void)[] = [];
  const schedule: ScheduleTask = (run) => {
    queue.push(run);
    return () => {
      queue = queue.filter((r) => r !== run);
    };
  };
  const runAll = () => {
    const now = queue;
    queue = [];
    now.forEach((run) => run());
  };
  /** Runs tasks, and those they schedule, until none is left (a big text parses in several). */
  const drain = () => {
    while (queue.length > 0) runAll();
  };
  return { schedule, runAll, drain, size: () => queue.length };
}

const MISSING_TARGET = '<dialplan><goto>Nowhere</goto><hangup name="H"/></dialplan>';

describe('document slice', () => {
  beforeAll(async () => {
    await loadDiagnose(); // the validator is a lazy chunk
  });

  it('keeps the typed text and the last good tree when the XML breaks', () => {
    const store = createStudioStore({ initialText: '<dialplan><hangup name="H"/></dialplan>' });
    const good = store.getState().lastGood;
    store.getState().setText('<dialplan><hangup name="H"/>');
    expect(store.getState().text).toBe('<dialplan><hangup name="H"/>');
    expect(store.getState().stale).toBe(true);
    expect(store.getState().lastGood).toBe(good);
  });

  it('tells where a change came from and moves positions with their elements', () => {
    const store = createStudioStore({
      initialText: '<dialplan><play name="A"/></dialplan>',
      initialPositions: { '/dialplan/play': { x: 5, y: 6 } },
    });
    store.getState().replaceText('<dialplan><hangup/><play name="A"/></dialplan>', 'graph');
    expect(store.getState().textOrigin).toBe('graph');
    expect(store.getState().positions).toEqual({ '/dialplan/play': { x: 5, y: 6 } });
    store.getState().replaceText('<dialplan><play/><play name="A"/></dialplan>', 'inspector');
    expect(store.getState().positions).toEqual({ '/dialplan/play[2]': { x: 5, y: 6 } });
  });

  it('keeps the first automatic layout out of undo history, but not a drag', () => {
    const store = createStudioStore({ initialText: '<dialplan><play name="A"/></dialplan>' });
    store.getState().setAutoLayout({ '/dialplan/play': { x: 1, y: 2 } });
    expect(store.getState().canUndo).toBe(false);
    store.getState().moveNode('/dialplan/play', { x: 50, y: 60 });
    expect(store.getState().canUndo).toBe(true);
    store.getState().undo();
    expect(store.getState().positions).toEqual({ '/dialplan/play': { x: 1, y: 2 } });
  });

  it('updates the tree at once and the diagnostics after the graph has been painted', () => {
    const tasks = manualScheduler();
    const store = createStudioStore({
      initialText: '<dialplan><hangup name="H"/></dialplan>',
      scheduleValidation: tasks.schedule,
    });
    tasks.runAll();
    expect(store.getState().diagnostics).toEqual([]);

    store.getState().setText(MISSING_TARGET);
    expect(store.getState().lastGood.source).toBe(MISSING_TARGET);
    expect(store.getState().diagnosticsPending).toBe(true);
    expect(store.getState().diagnostics).toEqual([]);

    tasks.runAll();
    expect(store.getState().diagnosticsPending).toBe(false);
    expect(store.getState().diagnostics).toEqual(analyseDialplan(MISSING_TARGET).diagnostics);
    expect(store.getState().diagnostics.map((d) => d.ruleId)).toContain('goto-target');
  });

  it('validates only the latest text of a burst of changes', () => {
    const tasks = manualScheduler();
    const store = createStudioStore({
      initialText: '<dialplan/>',
      scheduleValidation: tasks.schedule,
    });
    store.getState().setText(MISSING_TARGET);
    store.getState().setText('<dialplan><hangup name="H"/>'); // broken: syntax errors
    expect(tasks.size()).toBe(1);
    expect(store.getState().stale).toBe(true);
    tasks.runAll();
    const ruleIds = store.getState().diagnostics.map((d) => d.ruleId);
    expect(ruleIds.some((id) => id.startsWith('xml-'))).toBe(true);
    expect(ruleIds).not.toContain('goto-target');
  });

  it('gives the current diagnostics on demand before the scheduled validation', () => {
    const tasks = manualScheduler();
    const store = createStudioStore({
      initialText: '<dialplan/>',
      scheduleValidation: tasks.schedule,
    });
    store.getState().setText(MISSING_TARGET);
    const now = store.getState().flushDiagnostics();
    expect(now.map((d) => d.ruleId)).toContain('goto-target');
    expect(store.getState().diagnostics).toBe(now);
    expect(tasks.size()).toBe(0);
  });

  it('validates once the lazily loaded validator is there', async () => {
    const store = createStudioStore({ initialText: MISSING_TARGET });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().diagnosticsPending).toBe(false);
    expect(store.getState().diagnostics.map((d) => d.ruleId)).toContain('goto-target');
  });

  describe('a big text opened whole', () => {
    const big = generatePoll(400);
    it('is big enough to open in steps', () => expect(big.length).toBeGreaterThan(BIG_TEXT_CHARS));

    it('shows the restored text at once and parses it in a later task, keeping its positions', () => {
      const { schedule, drain: runAll } = manualScheduler();
      const positions = { '/dialplan/amd': { x: 5, y: 7 } };
      const store = createStudioStore({
        initialText: big,
        initialPositions: positions,
        scheduleValidation: schedule,
      });
      expect(store.getState()).toMatchObject({ text: big, opening: true, stale: false });
      expect(store.getState().lastGood.root).toBeUndefined();
      runAll();
      expect(store.getState().opening).toBe(false);
      expect(store.getState().lastGood.source).toBe(big);
      expect(store.getState().positions).toEqual(positions);
    });

    it('parses an import in a later task, but typing at once', () => {
      const { schedule, drain: runAll } = manualScheduler();
      const store = createStudioStore({ initialText: '<dialplan/>', scheduleValidation: schedule });
      store.getState().replaceText(big, 'import');
      expect(store.getState()).toMatchObject({ text: big, opening: true, textOrigin: 'import' });
      expect(store.getState().lastGood.source).toBe('<dialplan/>');
      runAll();
      expect(store.getState().lastGood.source).toBe(big);
      const typed = big.replace('Question 1.', 'Question one.');
      store.getState().setText(typed);
      expect(store.getState()).toMatchObject({ opening: false, textOrigin: 'editor' });
      expect(store.getState().lastGood.source).toBe(typed);
    });

    it('drops a pending open when another text comes first', () => {
      const { schedule, drain: runAll } = manualScheduler();
      const store = createStudioStore({ initialText: '<dialplan/>', scheduleValidation: schedule });
      store.getState().replaceText(big, 'import');
      store.getState().setText('<dialplan><hangup/></dialplan>');
      runAll();
      expect(store.getState()).toMatchObject({
        opening: false,
        text: '<dialplan><hangup/></dialplan>',
      });
      expect(store.getState().lastGood.source).toBe('<dialplan><hangup/></dialplan>');
    });
  });
});
