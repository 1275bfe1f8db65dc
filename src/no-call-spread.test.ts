/**
 * Issue 30: spreading an unbounded array into a call (`Math.max(...x)`, `push(...x)`) overflows the stack
 * at some 100,000 elements. eslint.config.js forbids it in src/; this checks the rule is there and bites
 * (and that the loops it asks for pass).
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function spreadErrors(code: string, filePath: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

describe('the lint rule against spreading arrays into calls', () => {
  it.each([
    ['Math.max(...xs)', 'export const m = (xs: number[]) => Math.max(0, ...xs);'],
    ['push(...xs)', 'export const p = (a: number[], xs: number[]) => a.push(...xs);'],
    ['new Map(...xs)', 'export const s = (xs: number[][]) => new Map(...xs);'],
  ])('reports %s in src/', async (_, code) => {
    expect(await spreadErrors(code, 'src/core/example.ts')).toBe(1);
    expect(await spreadErrors(code, 'src/features/example.tsx')).toBe(1);
  });

  it('lets loops, array spreads and object spreads pass', async () => {
    const code = `export function f(a: number[], xs: number[], o: object) {
  for (const x of xs) a.push(x);
  return [xs.reduce((m, x) => Math.max(m, x), 0), [...xs], { ...o }];
}`;
    expect(await spreadErrors(code, 'src/core/example.ts')).toBe(0);
  });
}, 60_000);
