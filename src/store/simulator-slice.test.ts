import { describe, expect, it } from 'vitest';
import type { SavedTestCall } from '../core/index.ts';
import { createStudioStore } from './create-studio-store.ts';

const CALL: SavedTestCall = {
  name: 'votes yes',
  options: {
    answer: 'live',
    callerId: '1',
    dnis: '2',
    phoneNumber: '3',
    callId: 'c',
    contact: {},
    now: '2026-01-01T00:00:00Z',
    transfer: 'answered',
    http: {},
  },
  inputs: ['1', '3'],
  expected: [],
};

describe('simulator slice', () => {
  it('starts with a call setup that needs no editing and no test calls', () => {
    const store = createStudioStore({ initialText: '<dialplan/>' });
    expect(store.getState().simulator.setup.answer).toBe('live');
    expect(store.getState().testCalls).toEqual([]);
  });
  it('saves test calls by name, replacing one saved again under the same name', () => {
    const store = createStudioStore({ initialText: '<dialplan/>' });
    store.getState().saveTestCall(CALL);
    store.getState().saveTestCall({ ...CALL, name: 'votes no', inputs: ['2'] });
    store.getState().saveTestCall({ ...CALL, inputs: ['1', '4'] });
    expect(store.getState().testCalls.map((t) => [t.name, t.inputs])).toEqual([
      ['votes no', ['2']],
      ['votes yes', ['1', '4']],
    ]);
    store.getState().deleteTestCall('votes no');
    expect(store.getState().testCalls.map((t) => t.name)).toEqual(['votes yes']);
  });
  it('keeps the call setup out of the undo history', () => {
    const store = createStudioStore({ initialText: '<dialplan/>' });
    store.getState().updateCallSetup({ answer: 'machine' });
    store.getState().updateSimulator({ muted: true });
    expect(store.getState().simulator.setup.answer).toBe('machine');
    expect(store.getState().simulator.muted).toBe(true);
    expect(store.getState().canUndo).toBe(false);
  });
});
