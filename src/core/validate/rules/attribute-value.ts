import type { ElementNode } from '../../ast/types.ts';
import type { AttributeType } from '../../schema/tags.ts';
import { CHECKED_TYPES, schemaOfAttribute, schemaRow } from '../schema-index.ts';
import {
  attributeEndOf,
  attributeValue as valueAt,
  firstAttributeOf,
  HAS_BREAKS,
  HAS_DOLLAR,
  HAS_ENTITIES,
} from '../../xml/arena.ts';
import { ParsedElement } from '../../xml/nodes.ts';
import { parsePressed } from '../pressed.ts';
import { readMenuTimeout } from '../../schema/menu-timeout.ts';
import {
  attributeCount,
  attributeNameAt,
  attributeValueAt,
  sameNameIgnoringCase,
} from '../../ast/query.ts';
import type { Rule, ValidationContext } from '../types.ts';

/**
 * Attribute values must fit their type: enums (play type, voice, transfer mode and music, catch type),
 * whole numbers, booleans and the `pressed` syntax. Keywords are matched case-insensitively; a value
 * holding `${…}` is only known at call time and is not checked.
 */
export const attributeValue: Rule = {
  id: 'attribute-value',
  severity: 'error',
  scope: 'element',
  visits: '*',
  check(e, ctx, o) {
    if (e.kind === 'unknown') return;
    if (e instanceof ParsedElement) return checkParsed(e, ctx, ctx.kinds[o] ?? 0);
    const count = attributeCount(e);
    for (let k = 0; k < count; k++) {
      const name = attributeNameAt(e, k);
      const type = checkedType(e, name);
      if (type === undefined) continue; // the value is not read at all
      const value = attributeValueAt(e, k);
      if (value.includes('${')) continue;
      const problem = verdict(type, value);
      if (problem) ctx.report(e, `${e.tagName}@${name}: ${problem}`, e.attributes[k]);
    }
  },
};

/**
 * The parser's elements: the checked type by name id from the parse's schema row, and a value that
 * was written without `$` or `&` cannot hold `${…}` (no string search).
 */
function checkParsed(e: ParsedElement, ctx: ValidationContext, code: number): void {
  const store = e.arena;
  const first = firstAttributeOf(store, e.ordinal);
  const end = attributeEndOf(store, e.ordinal);
  if (first === end) return;
  const row = schemaRow(store, code);
  const checked = row.checked;
  const isCatch = e.kind === 'catch';
  const text = store.text;
  for (let i = first; i < end; i++) {
    const id = store.nameId[i] ?? 0;
    const name = store.names[id] as string;
    const type = isCatch && sameNameIgnoringCase(name, 'value') ? KEY : checked[id];
    if (!type) continue;
    const flags = store.attributeFlags[i] ?? 0;
    const start = store.valueStart[i] ?? 0;
    const length = (store.valueEnd[i] ?? 0) - start;
    let problem: string | undefined;
    const memo = type === KEY || (flags & WRITTEN_AS_READ) !== 0 ? -1 : id * MEMO;
    let hit = -1;
    for (let m = memo; m !== -1 && m < memo + MEMO; m++) {
      const last = row.lastValue[m];
      if (last !== undefined && last.length === length && text.startsWith(last, start)) {
        hit = m;
        break;
      }
    }
    if (hit !== -1) {
      // A value this name had on this kind a moment ago (`tts`, `female1`, `1`, `default` …).
      problem = row.lastProblem[hit];
    } else {
      const value = valueAt(store, i);
      if (flags & (HAS_DOLLAR | HAS_ENTITIES) && value.includes('${')) continue;
      problem = verdict(type, value);
      if (memo !== -1) {
        const next = ((row.memoNext[id] ?? 0) + 1) % MEMO;
        row.memoNext[id] = next;
        const slot = memo + next;
        row.lastValue[slot] = value;
        row.lastProblem[slot] = problem;
      }
    }
    if (problem) ctx.report(e, `${e.tagName}@${name}: ${problem}`, e.attributes[i - first]);
  }
}

/** Values remembered per attribute name and kind (a menu's keys `1`, `2`, `default` all fit). */
const MEMO = 4;

/** Flags under which the decoded value is not the written one, or may hold `${…}`. */
const WRITTEN_AS_READ = HAS_DOLLAR | HAS_ENTITIES | HAS_BREAKS;

/** A digit catch's `value`: one key. */
const KEY = 'key';

/** What `e@name` is checked against, or undefined when any value will do (free text, names, unknown). */
function checkedType(e: ElementNode, name: string): AttributeType | typeof KEY | undefined {
  if (e.kind === 'catch' && sameNameIgnoringCase(name, 'value')) return KEY;
  const type = schemaOfAttribute(e.kind, name)?.value;
  return type && CHECKED_TYPES.has(type.type) ? type : undefined;
}

/**
 * Verdicts by type and value, kept: the same few values (`tts`, `female1`, `1`, `default`) come back
 * thousands of times in a big dialplan. Each type's list is emptied past `VERDICTS_KEPT` values.
 */
const verdicts = new Map<AttributeType | typeof KEY, Map<string, string | undefined>>();
const VERDICTS_KEPT = 256;

function verdict(type: AttributeType | typeof KEY, value: string): string | undefined {
  let known = verdicts.get(type);
  if (known === undefined) verdicts.set(type, (known = new Map()));
  else if (known.has(value)) return known.get(value);
  else if (known.size >= VERDICTS_KEPT) known.clear();
  const problem = type === KEY ? problemWithKey(value) : problemWithType(type, value);
  known.set(value, problem);
  return problem;
}

function problemWithKey(value: string): string | undefined {
  return /^\s*[0-9*#]\s*$/.test(value)
    ? undefined
    : `'${value}' is not one key: write a digit 0-9, * or #`;
}

function problemWithType(type: AttributeType, value: string): string | undefined {
  const text = value.trim();
  switch (type.type) {
    case 'enum': {
      for (const v of type.values) if (sameNameIgnoringCase(v, text)) return undefined;
      return `'${value}' is not allowed: write one of ${type.values.join(', ')}`;
    }
    case 'boolean':
      return /^(true|false)$/i.test(text)
        ? undefined
        : `'${value}' is not a boolean: write true or false`;
    case 'menu-timeout':
      return readMenuTimeout(value).problem;
    case 'integer': {
      const min = type.min ?? 0;
      if (/^\d+$/.test(text) && Number(text) >= min) return undefined;
      return `'${value}' is not a whole number of at least ${min}: write digits only, e.g. 5000`;
    }
    case 'pressed': {
      const pattern = parsePressed(value);
      return pattern.kind === 'invalid' ? `the pattern is wrong: ${pattern.problem}` : undefined;
    }
    default:
      return undefined;
  }
}
