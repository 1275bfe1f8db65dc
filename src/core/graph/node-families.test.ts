import { describe, expect, it } from 'vitest';
import { TAG_KINDS, type ElementKind } from '../ast/types.ts';
import { FAMILY_LABEL, familyOf } from './node-families.ts';

describe('familyOf', () => {
  it('gives every tag a family with a label', () => {
    for (const kind of TAG_KINDS) expect(FAMILY_LABEL[familyOf(kind)]).toBeTruthy();
  });

  it('tells the steps a person looks for apart', () => {
    const kinds: ElementKind[] = [
      'play',
      'menu',
      'stash',
      'goto',
      'hangup',
      'transfer',
      'record',
      'get',
      'amd',
    ];
    expect(new Set(kinds.map(familyOf)).size).toBe(kinds.length);
  });
});
