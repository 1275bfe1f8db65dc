/**
 * North American numbers as CallFire wants a caller ID: 11 digits, `1` + NPA + NXX + line, no `+`.
 * NPA and NXX start with 2–9 and are not N11 service codes; an NPA's middle digit 9 is reserved.
 */
const NANP = /^1([2-9][0-8]\d)([2-9]\d\d)\d{4}$/;

export function nanpProblem(value: string): string | undefined {
  if (!/^\d+$/.test(value)) return 'Digits only, like 12135551189 (no +, spaces or dashes)';
  if (value.length !== 11 || !value.startsWith('1'))
    return 'An 11-digit North American number starting with 1, like 12135551189';
  const match = NANP.exec(value);
  if (!match) return 'Not a valid North American area code and exchange';
  const [, npa = '', nxx = ''] = match;
  if (npa.endsWith('11')) return `Area code ${npa} is a service code, not an area code`;
  if (nxx.endsWith('11')) return `Exchange ${nxx} is a service code`;
  return undefined;
}
