import { describe, expect, it } from 'vitest';
import type { DialplanChange } from '../../core/index.ts';
import { diffMarksOf, markOf, nodeMarkOf } from './diff-marks.ts';

const change = (kind: DialplanChange['kind'], path: string): DialplanChange => ({
  kind,
  tag: 'x',
  path,
  ...(kind === 'removed' ? { oldPath: path } : { newPath: path }),
});

describe('diff marks', () => {
  const marks = diffMarksOf([
    change('changed', '/dialplan/menu/play'),
    change('renamed', '/dialplan/menu/play'),
    change('added', '/dialplan/menu/keypress[3]'),
    change('removed', '/dialplan/hangup'),
  ]);

  it('keeps the most telling kind per element, and nothing for removed ones', () => {
    expect(marks.get('/dialplan/menu/play')).toBe('renamed');
    expect(marks.has('/dialplan/hangup')).toBe(false);
  });

  it('marks what is inside an added element as added', () => {
    expect(markOf(marks, '/dialplan/menu/keypress[3]/goto')).toBe('added');
    expect(markOf(marks, '/dialplan/menu/keypress[2]/goto')).toBeUndefined();
  });

  it('marks a node as changed when something inside it changed', () => {
    expect(nodeMarkOf(marks, '/dialplan/menu')).toBe('changed');
    expect(nodeMarkOf(marks, '/dialplan/amd')).toBeUndefined();
  });
});
