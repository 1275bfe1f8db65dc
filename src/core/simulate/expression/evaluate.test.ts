import { describe, expect, it } from 'vitest';
import { evaluateExpression } from './evaluate.ts';

const value = (text: string) => {
  const outcome = evaluateExpression(text);
  if (!outcome.ok) throw new Error(`expected a value for ${text}: ${outcome.reason}`);
  return outcome.value;
};

const refusal = (text: string) => evaluateExpression(text);

describe('evaluateExpression: what the samples use', () => {
  it.each([
    ['2+1', 3],
    ['${n} + 3'.replace('${n}', '2'), 5],
    ["'4155551234'.substring(2,5);", '555'],
    ['"5551234".split("").join(" ");', '5 5 5 1 2 3 4'],
    ["'Hello'.toLowerCase() == 'hello'", true],
    ["' x '.trim().toUpperCase()", 'X'],
    ["'abc'.indexOf('c')", 2],
    ["'a-b'.replace('-', '+')", 'a+b'],
    ["isNaN('12a')", true],
    ["parseInt('42abc')", 42],
    ["parseFloat('2.5') * 2", 5],
    ["Number('7') + 1", 8],
    ['String(12).length', 2],
    ["'abc'.charAt(1)", 'b'],
    ["'abcdef'.slice(-2)", 'ef'],
    ["'abcdef'.substr(1, 2)", 'bc'],
    ['(2.5).toFixed(2)', '2.50'],
    ["'a,b,c'.split(',').length", 3],
    ["'a,b,c'.split(',')[1]", 'b'],
    ["'success' == 'success' && !(1 > 2)", true],
    ['8 < 17 || 8 > 21', true],
    ['3 % 2 === 1 ? "odd" : "even"', 'odd'],
    ["'2' == 2", true],
    ["'2' === 2", false],
    ['-(-3)', 3],
  ])('%s → %j', (text, expected) => {
    expect(value(text)).toEqual(expected);
  });
});

describe('evaluateExpression: text that is not an expression', () => {
  it.each(['Homer Simpson', 'apples', 'http://example.com/a?b=1', '0123', ''])(
    '%j is not evaluated and not reported as hostile',
    (text) => {
      expect(evaluateExpression(text)).toMatchObject({ ok: false, refused: false });
    },
  );
});

describe('evaluateExpression: hostile expressions are refused', () => {
  it.each([
    "constructor.constructor('return process')()",
    "''.constructor.constructor('return process')()",
    "'a'['constructor']['constructor']('return 1')()",
    "'a'.__proto__",
    'x.prototype',
    'this',
    'globalThis',
    'process.exit(1)',
    "require('fs')",
    "eval('1')",
    "Function('return 1')()",
    "'a'.repeat(1e9)",
    '[1, 2, 3]',
    "'a'.toString.call(1)",
    '1 ** 2',
    '1 << 2',
    '('.repeat(500) + '1' + ')'.repeat(500),
    '1+'.repeat(2000) + '1',
    "'x'.split('').join('y'.repeat(5))",
  ])('%s', (text) => {
    const outcome = refusal(text);
    expect(outcome.ok).toBe(false);
    expect(outcome).toMatchObject({ refused: true });
  });

  it('stops a result that would grow past the text limit', () => {
    const long = `'${'a'.repeat(1500)}'`;
    const expr = `${long}.split('').join(${long})`;
    expect(refusal(expr)).toMatchObject({ ok: false, refused: true });
  });

  it('leaves the real prototypes untouched', () => {
    evaluateExpression("'a'.__proto__.x = 1");
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
