import { describe, expect, it } from 'vitest';
import { parseSavedVersions, savedVersions, withVersion, type Version } from './versions-model.ts';

const version = (n: number, kind: Version['kind'] = 'auto', text = `text ${n}`): Version => ({
  id: `v${n}`,
  kind,
  label: `version ${n}`,
  at: new Date(2026, 11, 1, 5, n).toISOString(),
  text,
});

describe('withVersion', () => {
  it('drops the oldest automatic versions first, named ones last', () => {
    let list: readonly Version[] = [version(1, 'named'), version(2, 'sent'), version(3, 'auto')];
    list = withVersion(list, version(4, 'import'), 3);
    expect(list.map((v) => v.id)).toEqual(['v1', 'v3', 'v4']);
    list = withVersion([version(1, 'named'), version(2, 'named')], version(3, 'named'), 2);
    expect(list.map((v) => v.id)).toEqual(['v2', 'v3']);
  });

  it('skips an automatic snapshot of unchanged text, but never a named or sent one', () => {
    const list = [version(1, 'auto', 'same')];
    expect(withVersion(list, version(2, 'auto', 'same'))).toBe(list);
    expect(withVersion(list, version(3, 'sent', 'same'))).toHaveLength(2);
    expect(withVersion(list, version(4, 'named', 'same'))).toHaveLength(2);
  });
});

describe('parseSavedVersions', () => {
  it('reads back what was saved', () => {
    const byDocument = { default: [version(1), version(2, 'named')] };
    expect(parseSavedVersions(JSON.parse(JSON.stringify(savedVersions(byDocument))))).toEqual(
      byDocument,
    );
  });

  it('refuses a foreign value and drops damaged entries', () => {
    expect(parseSavedVersions(null)).toBeUndefined();
    expect(parseSavedVersions({ version: 2, documents: {} })).toBeUndefined();
    expect(parseSavedVersions([1, 2])).toBeUndefined();
    const damaged = {
      version: 1,
      documents: { a: [version(1), { id: 'x', kind: 'odd' }], b: 'no' },
    };
    expect(parseSavedVersions(damaged)).toEqual({ a: [version(1)] });
  });

  it('reads a version with its test suite, and drops one whose suite is not a suite', () => {
    const withSuite: Version = { ...version(1), suite: { tests: [{ name: 't', inputs: ['1'] }] } };
    const odd = { ...version(2), suite: { tests: 'none' } };
    expect(parseSavedVersions({ version: 1, documents: { a: [withSuite, odd] } })).toEqual({
      a: [withSuite],
    });
  });
});
