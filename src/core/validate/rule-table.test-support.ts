/** Valid/invalid fixture tables for rule tests: one `it` per case, the rule run alone. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../ast/types.ts';
import { parseDialplan } from '../xml/parse.ts';
import { validateDialplan } from './index.ts';
import type { Rule } from './types.ts';

export interface InvalidCase {
  xml: string;
  /** Line of each expected diagnostic, in order. */
  lines: number[];
  /** A part of the first message. */
  message: string;
}

export function runRule(rule: Rule, xml: string): Diagnostic[] {
  return validateDialplan(parseDialplan(xml).document, { rules: [rule] });
}

export function ruleTable(rule: Rule, valid: string[], invalid: InvalidCase[]): void {
  describe(`rule ${rule.id}`, () => {
    for (const xml of valid)
      it(`accepts ${oneLine(xml)}`, () => {
        expect(runRule(rule, xml)).toEqual([]);
      });
    for (const c of invalid)
      it(`reports ${oneLine(c.xml)}`, () => {
        const found = runRule(rule, c.xml);
        expect(found.map((d) => d.range.start.line)).toEqual(c.lines);
        expect(found[0]?.message).toContain(c.message);
        expect(found.every((d) => d.ruleId === rule.id && d.severity === rule.severity)).toBe(true);
        expect(found[0]?.nodeId).toMatch(/^\/dialplan|^\/\w+/);
      });
  });
}

function oneLine(xml: string): string {
  const flat = xml.replace(/\s+/g, ' ');
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}
