/**
 * Test support (Node only, never imported by the app): the validation corpus (the project's fixtures,
 * generated polls, and deterministic edits of both that break rules on purpose) and the full list of a
 * text's diagnostics as plain lines, for the snapshot that guards the validator's behaviour.
 */
import { generatePoll } from '../../../bench/gen-poll.ts';
import type { Diagnostic, ElementNode } from '../ast/types.ts';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { parseDialplan } from '../xml/parse.ts';
import { hasSyntaxErrors, validateDialplan } from './index.ts';
import { elementIndexOf } from '../ast/element-index.ts';

export interface CorpusText {
  name: string;
  text: string;
}

/** Fragments that trip rules when dropped into a dialplan. */
export const SNIPPETS = [
  '<goto>Q1</goto>',
  '<goto>nowhere</goto>',
  '<goto></goto>',
  '<goto>${target}</goto>',
  '<amd><live/></amd>',
  '<amd><live><play type="tts">hi</play></live><machine/><machine/></amd>',
  '<setvar varname="v">${w}</setvar>',
  '<setvar varname="answer${n}">1</setvar>',
  '<play type="tts" voice="robot">${v} and ${answer3} and ${}</play>',
  '<play type="mp3">${q0}</play>',
  '<keypress pressed="1-5"><goto>End</goto></keypress>',
  '<keypress pressed="3"/>',
  '<keypress pressed="default"/>',
  '<keypress pressed="9-2"/>',
  '<else/>',
  '<catch goto="zz" type="digit"/>',
  '<catch goto="End" type="digit" value="12"/>',
  '<stash varname="q0">x</stash>',
  '<record name="r" varname="v" background="false"/>',
  '<menu name="Loop" maxDigits="x" timeout="0"><play type="tts">again</play></menu>',
  '<if expr="1"><play type="tts">a</play><else/><play type="tts">b</play></if>',
  '<equal var="${v}" value="1"><goto>Loop</goto></equal>',
  '<transfer mode="ring" musiconhold="maybe">555</transfer>',
  '<wobble name="x"/>',
  '<play type="tts" nmae="p">typo</play>',
  '<hangup/>',
  '<label name="here"/><goto>here</goto>',
  '<play type="tts">${later}</play><setvar varname="later">1</setvar>',
];

const VALUES = ['', '0', 'x', '${a}', 'default', 'timeout', '1-3', 'Q1', 'End', 'true', 'female9'];

/** A small deterministic random source (mulberry32), so the corpus is the same on every run. */
export function randomSource(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** One edit of `text` chosen by `pick`: delete, duplicate or move an element, change a value, add a snippet. */
export function mutate(text: string, pick: (n: number) => number): string {
  const { document } = parseDialplan(text);
  const elements = elementIndexOf(document).elements.slice(1);
  const e = elements[pick(elements.length)] as ElementNode | undefined;
  if (!e) return text;
  const { start, end } = { start: e.range.start.offset, end: e.range.end.offset };
  const splice = (at: number, cut: number, piece: string) =>
    text.slice(0, at) + piece + text.slice(at + cut);
  switch (pick(6)) {
    case 0:
      return splice(start, end - start, '');
    case 1:
      return splice(end, 0, text.slice(start, end));
    case 2: {
      const a = e.attributes[pick(Math.max(1, e.attributes.length))];
      if (!a) return splice(start, 0, SNIPPETS[pick(SNIPPETS.length)] ?? '');
      const r = a.valueRange;
      return splice(
        r.start.offset,
        r.end.offset - r.start.offset,
        VALUES[pick(VALUES.length)] ?? '',
      );
    }
    case 3: {
      const other = elements[pick(elements.length)] as ElementNode;
      const into = other.openTagRange.end.offset;
      if (other.selfClosing || (into >= start && into <= end)) return splice(end, 0, '<hangup/>');
      const piece = text.slice(start, end);
      const moved = splice(into, 0, piece);
      const shift = into < start ? piece.length : 0;
      return moved.slice(0, start + shift) + moved.slice(end + shift);
    }
    default: {
      const at = pick(2) === 0 ? start : end;
      return splice(at, 0, SNIPPETS[pick(SNIPPETS.length)] ?? '');
    }
  }
}

/** The texts the snapshot covers, by group. */
export function validationCorpus(): Record<'fixtures' | 'generated' | 'edited', CorpusText[]> {
  const fixtures = FIXTURE_TEXTS.map((text, i) => ({ name: `fixture ${i}`, text }));
  const generated = [1, 3, 25, 1000].map((n) => ({
    name: `generated poll ${n}`,
    text: generatePoll(n),
  }));
  // Past the per-rule cap (MAX_PER_RULE): the capped list ends with a "… more not shown" diagnostic.
  generated.push({
    name: 'hostile: 1,100 unknown tags and gotos to nowhere',
    text: `<dialplan>${'<wobble/><goto>none</goto>'.repeat(1100)}</dialplan>`,
  });
  const bases = [...fixtures, ...generated.slice(0, 3)];
  const edited: CorpusText[] = [];
  const pick = randomSource(28);
  for (let i = 0; i < 400; i++) {
    const base = bases[i % bases.length] as CorpusText;
    let text = base.text;
    const edits = 1 + pick(4);
    for (let k = 0; k < edits; k++) text = mutate(text, pick);
    edited.push({ name: `${base.name}, edit ${i}`, text });
  }
  return { fixtures, generated, edited };
}

/** Parser diagnostics then validation, as the studio computes them (before sorting). */
export function allDiagnostics(text: string): Diagnostic[] {
  const { document, diagnostics } = parseDialplan(text);
  const validation = validateDialplan(document, {
    elementRulesOnly: hasSyntaxErrors(diagnostics),
  });
  return diagnostics.concat(validation);
}

/** One line per diagnostic: rule, severity, range (line:column and offsets), element, message. */
export function diagnosticLines(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => {
    const { start, end } = d.range;
    const at = `${start.line}:${start.column}-${end.line}:${end.column} [${start.offset},${end.offset}]`;
    return `${d.ruleId} ${d.severity} ${at} ${d.nodeId ?? '-'}: ${d.message}`;
  });
}
