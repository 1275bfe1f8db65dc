import { describe, expect, it } from 'vitest';
import { analyseDialplan, findElement } from '../../core/index.ts';
import { checkValue, describeMenuTimeout, diagnosticsByPlace } from './field-checks.ts';

const ctx = { otherNames: new Set(['Live', 'Machine']) };

describe('inspector field checks', () => {
  it('explains the menu timeout rule', () => {
    expect(describeMenuTimeout('3500')).toBe('This is 3.5 seconds.');
    expect(describeMenuTimeout('5')).toBe('This is 5 seconds.');
    expect(describeMenuTimeout('1')).toBe('This is 1 second.');
    expect(describeMenuTimeout('')).toBeUndefined();
  });

  it('says what the simulator does with a value that is not a timeout (issue 28: "0" was "0 seconds")', () => {
    expect(describeMenuTimeout('0')).toBe('Not a timeout: the call waits the default 5 seconds.');
    expect(describeMenuTimeout('3.5')).toBe('Not a timeout: the call waits the default 5 seconds.');
    expect(checkValue('menu-timeout', '0', ctx)).toBe('Must be at least 1');
  });

  it('checks pressed as the validator does', () => {
    expect(checkValue('pressed', '1-5', ctx)).toBeUndefined();
    expect(checkValue('pressed', 'default', ctx)).toBeUndefined();
    expect(checkValue('pressed', '5-1', ctx)).toMatch(/empty/);
    expect(checkValue('pressed', 'one', ctx)).toMatch(/Not a valid key/);
  });

  it('checks numbers and names', () => {
    expect(checkValue('integer', '12', ctx, 1)).toBeUndefined();
    expect(checkValue('integer', '0', ctx, 1)).toBe('Must be at least 1');
    expect(checkValue('menu-timeout', '3.5', ctx)).toBe('Enter a whole number');
    expect(checkValue('name', 'Live', ctx)).toMatch(/already named/);
    expect(checkValue('name', 'Other', ctx)).toBeUndefined();
  });

  it('puts a diagnostic beside the attribute it points at', () => {
    const { document, diagnostics } = analyseDialplan(
      '<dialplan><menu><keypress pressed="x"/></menu></dialplan>',
    );
    const keypress = findElement(document, '/dialplan/menu/keypress');
    if (!keypress) throw new Error('no keypress');
    const sorted = diagnosticsByPlace(diagnostics, keypress);
    expect(sorted.attributes.get('pressed')?.length).toBeGreaterThan(0);
  });
});
