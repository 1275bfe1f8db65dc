import { describe, expect, it } from 'vitest';
import { applyPatches, validateDialplan, parseDialplan } from '../../core/index.ts';
import { quickFixesAt } from './quick-fixes.ts';

const QUESTION = (name: string, next?: string) =>
  `<menu name="${name}"><play type="tts">q</play>` +
  `<keypress pressed="1">${next ? `<goto>${next}</goto>` : ''}</keypress>` +
  `<keypress pressed="default"><goto>${name}</goto></keypress></menu>`;
const TEXT = `<dialplan>\n${QUESTION('Q1', 'Bye')}\n${QUESTION('Added')}\n<play name="Bye" type="tts">bye</play>\n</dialplan>`;

describe('quick fix "Connect after …" for no-way-in', () => {
  it('is offered at the marker and puts the element on the call', () => {
    const marker = validateDialplan(parseDialplan(TEXT).document).find(
      (d) => d.ruleId === 'no-way-in',
    )!;
    const [fix] = quickFixesAt(TEXT, marker.ruleId, marker.range.start.offset);
    expect(fix?.title).toBe('Connect after Q1 (branch 1 of Q1 now leads to it)');
    const fixed = applyPatches(TEXT, fix!.patches);
    expect(fixed).toContain('<keypress pressed="1"><goto>Added</goto></keypress>');
    const after = validateDialplan(parseDialplan(fixed).document);
    expect(after.filter((d) => d.ruleId === 'no-way-in' || d.ruleId === 'unreachable')).toEqual([]);
  });

  it('is not offered for other rules, a broken text, or where nothing leads on by a goto', () => {
    const offset = TEXT.indexOf('<menu name="Added"');
    expect(quickFixesAt(TEXT, 'unreachable', offset)).toEqual([]);
    expect(quickFixesAt(`${TEXT}<`, 'no-way-in', offset)).toEqual([]);
    const dead = '<dialplan><hangup/>\n<play name="P" type="tts">p</play></dialplan>';
    expect(quickFixesAt(dead, 'no-way-in', dead.indexOf('<play'))).toEqual([]);
  });
});
