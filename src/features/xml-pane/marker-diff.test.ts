import { describe, expect, it } from 'vitest';
import { analyseDialplan } from '../../core/index.ts';
import { sameMarkers } from './marker-diff.ts';

const BROKEN = '<dialplan><goto>Nowhere</goto><play type="tts">Hi</play></dialplan>';

describe('sameMarkers', () => {
  it('keeps the markers when an edit after every diagnostic leaves them in place', () => {
    const before = analyseDialplan(BROKEN).diagnostics;
    const after = analyseDialplan(BROKEN.replace('Hi', 'Hello')).diagnostics;
    expect(before.length).toBeGreaterThan(0);
    expect(after).not.toBe(before);
    expect(sameMarkers(before, after)).toBe(true);
  });

  it('sets them again when a diagnostic moved, appeared or changed', () => {
    const before = analyseDialplan(BROKEN).diagnostics;
    const moved = analyseDialplan(BROKEN.replace('<dialplan>', '<dialplan> ')).diagnostics;
    const fixed = analyseDialplan(BROKEN.replace('Nowhere', 'Nowhere2')).diagnostics;
    expect(sameMarkers(before, moved)).toBe(false);
    expect(sameMarkers(before, fixed)).toBe(false);
    expect(sameMarkers(before, [])).toBe(false);
  });
});
