import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecipients, recipientsText } from './recipients.ts';

describe('recipients as lines', () => {
  it('reads numbers as people write them, contact ids and attributes', () => {
    const { recipients, problems } = parseRecipients(
      [
        '# volunteers, north side',
        '(213) 555-1234, firstName=Ann, note="likes calls, mornings"',
        '',
        '+1 213 555 9876',
        'contact:123456, zip=90210',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(recipients).toEqual([
      {
        phoneNumber: '2135551234',
        attributes: { firstName: 'Ann', note: 'likes calls, mornings' },
      },
      { phoneNumber: '12135559876' },
      { contactId: 123456, attributes: { zip: '90210' } },
    ]);
  });

  it('reports every bad line with its number and what to write', () => {
    const { recipients, problems } = parseRecipients(
      ['213555', '2135551234, firstName', '2135551234, a=1, a=2', 'json:[1]', '2135551234'].join(
        '\n',
      ),
    );
    expect(recipients).toEqual([{ phoneNumber: '2135551234' }]);
    expect(problems).toEqual([
      {
        line: 1,
        message:
          "'213555' is not a phone number: a North American number: 10 digits, or 11 starting with 1",
      },
      { line: 2, message: "'firstName' is not name=value" },
      { line: 3, message: "the attribute 'a' is written twice" },
      { line: 4, message: 'json: must be an object {…}' },
    ]);
  });

  it('writes what the line form cannot say as json: and reads it back unchanged', () => {
    const imported = [
      { phoneNumber: '2135551234', attributes: { 'bad key': 'x' } },
      { phoneNumber: '2135551234', contactId: 5 },
      { phoneNumber: '2135551234', extra: true },
      'not even an object',
    ];
    const text = recipientsText(imported);
    expect(text.split('\n').every((l) => l.startsWith('json:'))).toBe(true);
    expect(parseRecipients(text).recipients).toEqual(imported.slice(0, 3));
    expect(parseRecipients(text).problems).toEqual([
      { line: 4, message: 'json: must be an object {…}' },
    ]);
  });

  it('round-trips any list of plain recipients through the text', () => {
    const value = fc.string({ maxLength: 12 });
    const attributes = fc.dictionary(fc.stringMatching(/^[A-Za-z_][\w.-]{0,8}$/), value, {
      maxKeys: 3,
    });
    const phone = fc.stringMatching(/^[2-9]\d{9}$/);
    const recipient = fc.oneof(
      fc.record({ phoneNumber: phone }),
      fc.record({ phoneNumber: phone, attributes }),
      fc.record({ contactId: fc.integer({ min: 1, max: 2 ** 40 }), attributes }),
    );
    fc.assert(
      fc.property(fc.array(recipient, { maxLength: 6 }), (list) => {
        const back = parseRecipients(recipientsText(list));
        expect(back.problems).toEqual([]);
        expect(back.recipients).toEqual(list);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps hostile attribute names as plain data', () => {
    const { recipients, problems } = parseRecipients(
      '2135551234, __proto__=x, constructor=y, toString=z',
    );
    expect(problems).toEqual([]);
    const attributes = (recipients[0] as { attributes: Record<string, string> }).attributes;
    expect(Object.keys(attributes)).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['x']).toBeUndefined();
  });
});
