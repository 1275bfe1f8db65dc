import { describe, expect, it } from 'vitest';
import { DEFAULT_BROADCAST } from '../../core/index.ts';
import type { WorkspaceDocument } from '../workspace-slice.ts';
import { mergeRemoteDocuments, textPrint } from './tab-merge.ts';

const doc = (id: string, text: string, name = id): WorkspaceDocument => ({
  id,
  name,
  text,
  broadcast: DEFAULT_BROADCAST,
});

function merge(
  local: WorkspaceDocument[],
  remote: WorkspaceDocument[],
  agreed: [string, string][],
  { previous = [] as string[], theirBases = {} as Record<string, string>, mineWins = true } = {},
) {
  return mergeRemoteDocuments({
    local,
    remote,
    theirBases,
    agreed: new Map(agreed),
    previousRemoteIds: new Set(previous),
    mineWins,
  });
}

describe('merging another tab’s documents', () => {
  it('take the other tab’s text where this tab did not change it', () => {
    const result = merge([doc('a', 'old')], [doc('a', 'theirs')], [['a', 'old']]);
    expect(result.documents.map((d) => d.text)).toEqual(['theirs']);
    expect(result.changed).toBe(true);
    expect(result.notices).toEqual([]);
  });

  it('keep this tab’s text where only this tab changed it', () => {
    const result = merge([doc('a', 'mine')], [doc('a', 'old')], [['a', 'old']]);
    expect(result.documents.map((d) => d.text)).toEqual(['mine']);
    expect(result.changed).toBe(false);
  });

  it('take the other tab’s text when it was built on this tab’s (no false conflict)', () => {
    const result = merge([doc('a', 'mine')], [doc('a', 'theirs')], [['a', 'old']], {
      theirBases: { a: textPrint('mine') },
    });
    expect(result.documents.map((d) => d.text)).toEqual(['theirs']);
  });

  it('keep both texts when both changed the same document, alike in both tabs, and say so', () => {
    const inThisTab = merge(
      [doc('a', 'mine', 'Poll')],
      [doc('a', 'theirs', 'Poll')],
      [['a', 'old']],
    );
    const inTheOther = merge(
      [doc('a', 'theirs', 'Poll')],
      [doc('a', 'mine', 'Poll')],
      [['a', 'old']],
      {
        mineWins: false,
      },
    );
    for (const result of [inThisTab, inTheOther]) {
      expect(result.documents.map((d) => [d.id, d.name, d.text])).toEqual([
        ['a', 'Poll', 'mine'],
        [`a~${textPrint('theirs')}`, 'Poll (conflicting copy)', 'theirs'],
      ]);
      expect(result.notices[0]).toContain('“Poll (conflicting copy)”');
    }
  });

  it('add a document made in the other tab, and not bring back one deleted here', () => {
    const result = merge(
      [doc('a', 'x')],
      [doc('a', 'x'), doc('b', 'new'), doc('c', 'gone')],
      [
        ['a', 'x'],
        ['c', 'gone'],
      ],
    );
    expect(result.documents.map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('delete a document the other tab deleted, unless this tab changed it', () => {
    const agreed: [string, string][] = [
      ['a', 'x'],
      ['b', 'y'],
      ['c', 'z'],
    ];
    const result = merge(
      [doc('a', 'x'), doc('b', 'y'), doc('c', 'changed')],
      [doc('a', 'x')],
      agreed,
      { previous: ['a', 'b', 'c'] },
    );
    expect(result.documents.map((d) => d.id)).toEqual(['a', 'c']);
  });

  it('treat a message sent before a settled conflict as another conflict, not as the newer text', () => {
    const result = merge([doc('a', 'kept')], [doc('a', 'theirs, later')], [['a', 'kept']], {
      theirBases: { a: textPrint('old') },
    });
    expect(result.documents.map((d) => d.text)).toEqual(['kept', 'theirs, later']);
  });

  it('report no change when the other tab says what this tab has', () => {
    expect(merge([doc('a', 'x')], [doc('a', 'x')], [['a', 'x']]).changed).toBe(false);
  });
});
