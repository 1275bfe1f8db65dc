/**
 * Issue 28: one meaning for a menu's `timeout`. The helper's table, then the two core places that read
 * it — the simulator's wait and the validator's verdict — agreeing with it for every written value
 * (the Inspector's place is tested in features/inspector/field-checks.test.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDialplan } from '../xml/parse.ts';
import { validateDialplan } from '../validate/index.ts';
import { attributeValue } from '../validate/rules/attribute-value.ts';
import { menuTimeoutMs } from '../simulate/options.ts';
import { DEFAULT_MENU_TIMEOUT_MS, readMenuTimeout } from './menu-timeout.ts';

function validatorReports(timeout: string): boolean {
  const xml = `<dialplan><menu timeout="${timeout}"><keypress pressed="1"/></menu></dialplan>`;
  const { document } = parseDialplan(xml);
  return validateDialplan(document, { rules: [attributeValue] }).length > 0;
}

describe('what a menu timeout means', () => {
  it.each([
    [undefined, 5000, false],
    ['3500', 3500, false],
    ['1000', 1000, false],
    ['999', 999_000, false],
    ['5', 5000, false],
    [' 3 ', 3000, false],
    ['1', 1000, false],
    ['0', DEFAULT_MENU_TIMEOUT_MS, true],
    ['', DEFAULT_MENU_TIMEOUT_MS, true],
    ['3.5', DEFAULT_MENU_TIMEOUT_MS, true],
    ['-3', DEFAULT_MENU_TIMEOUT_MS, true],
    ['soon', DEFAULT_MENU_TIMEOUT_MS, true],
  ])('timeout=%j waits %d ms (invalid: %s)', (raw, ms, invalid) => {
    const read = readMenuTimeout(raw);
    expect(read.ms).toBe(ms);
    expect(read.problem !== undefined).toBe(invalid);
  });

  it('"0" is an error for the validator and the default 5 s for the simulator', () => {
    expect(validatorReports('0')).toBe(true);
    expect(menuTimeoutMs('0')).toBe(5000);
  });

  it('for every written value, the simulator waits what the helper says and the validator reports just the invalid ones', () => {
    const written = fc.oneof(
      fc.nat({ max: 100_000 }).map(String),
      fc.string({ maxLength: 6 }).filter((s) => !/[<>&"$]/.test(s)),
    );
    fc.assert(
      fc.property(written, (raw) => {
        const read = readMenuTimeout(raw);
        expect(menuTimeoutMs(raw)).toBe(read.ms);
        expect(validatorReports(raw)).toBe(read.problem !== undefined);
      }),
      { numRuns: 200 },
    );
  });
});
