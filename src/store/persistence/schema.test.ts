import { describe, expect, it } from 'vitest';
import { DEFAULT_BROADCAST } from '../../core/index.ts';
import { checkAutosave } from './schema.ts';
import { checkTestCalls, checkWorkspace } from './workspace-schema.ts';
import { readStored, writeStored } from './storage-io.ts';
import { memoryStorage } from './memory-storage.test-support.ts';
import { SET_ASIDE_PREFIX, WORKSPACE_KEY } from './storage-keys.ts';

const doc = (id: string, extra: object = {}) => ({
  id,
  name: `Doc ${id}`,
  text: `<dialplan name="${id}"/>`,
  broadcast: DEFAULT_BROADCAST,
  ...extra,
});

describe('stored workspace checks', () => {
  it('keep a sound workspace as it is, with no problems', () => {
    const saved = { version: 1, activeId: 'b', documents: [doc('a'), doc('b')] };
    expect(checkWorkspace(saved)).toEqual({ value: saved, problems: [] });
  });

  it('reset damaged broadcast settings ("broadcast": {}) and keep the document and the others', () => {
    const checked = checkWorkspace({
      version: 1,
      activeId: 'a',
      documents: [doc('a', { broadcast: {} }), doc('b')],
    });
    expect(checked.value?.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(checked.value?.documents[0]?.broadcast).toEqual(DEFAULT_BROADCAST);
    expect(checked.value?.documents[0]?.text).toBe('<dialplan name="a"/>');
    expect(checked.problems).toEqual([
      'The broadcast settings of “Doc a” were damaged and are reset to the defaults.',
    ]);
  });

  it('drop an unreadable document, keep the rest, and open another when it was the open one', () => {
    const checked = checkWorkspace({
      version: 1,
      activeId: 'x',
      documents: [{ id: 'x', name: 'X', text: 42 }, doc('b')],
    });
    expect(checked.value).toMatchObject({ activeId: 'b', documents: [{ id: 'b' }] });
    expect(checked.problems).toEqual(['Document 1 could not be read.']);
  });

  it('refuse another version, a non-object and an empty list', () => {
    for (const value of [
      { version: 2, activeId: 'a', documents: [doc('a')] },
      null,
      'text',
      { version: 1, activeId: 'a', documents: [] },
    ])
      expect(checkWorkspace(value).value).toBeUndefined();
  });
});

describe('stored autosave and test call checks', () => {
  it('keep the text even when the positions are damaged', () => {
    expect(checkAutosave({ text: 'abc', positions: { n1: { x: 'no' } } })).toEqual({
      value: { text: 'abc', positions: {} },
      problems: ['The saved node positions could not be read; the graph is laid out afresh.'],
    });
    expect(checkAutosave({ positions: {} }).value).toBeUndefined();
  });

  it('keep the readable test calls and count the others', () => {
    const good = { name: 'yes', options: {}, inputs: ['1'], expected: [] };
    expect(checkTestCalls([good, { name: 'bad' }])).toEqual({
      value: [good],
      problems: ['1 saved test call could not be read.'],
    });
  });
});

describe('reading and writing storage', () => {
  it('set a damaged value aside under its backup key and say where', () => {
    const storage = memoryStorage();
    const raw = JSON.stringify({
      version: 1,
      activeId: 'a',
      documents: [doc('a', { broadcast: {} })],
    });
    storage.setItem(WORKSPACE_KEY, raw);
    const read = readStored(storage, WORKSPACE_KEY, checkWorkspace);
    expect(read.value?.documents).toHaveLength(1);
    expect(read.problems[0]).toContain(SET_ASIDE_PREFIX + WORKSPACE_KEY);
    expect(storage.getItem(SET_ASIDE_PREFIX + WORKSPACE_KEY)).toBe(raw);
  });

  it('set aside what is not JSON', () => {
    const storage = memoryStorage();
    storage.setItem(WORKSPACE_KEY, '{"version":1,');
    expect(readStored(storage, WORKSPACE_KEY, checkWorkspace).value).toBeUndefined();
    expect(storage.getItem(SET_ASIDE_PREFIX + WORKSPACE_KEY)).toBe('{"version":1,');
  });

  it('report nothing when nothing is stored', () => {
    expect(readStored(memoryStorage(), WORKSPACE_KEY, checkWorkspace)).toEqual({
      value: undefined,
      problems: [],
    });
  });

  it('say that a full storage is full', () => {
    expect(writeStored(memoryStorage(true), 'k', { a: 1 })).toBe(
      "the browser's storage for this page is full",
    );
    expect(writeStored(memoryStorage(), 'k', { a: 1 })).toBeUndefined();
  });
});
