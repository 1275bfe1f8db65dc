/**
 * The Inspector writes exactly what was changed, on every element kind: over the corpus and a document
 * holding one element of every tag, committing a field unchanged is byte-identical, and committing one
 * new value makes the semantic diff report exactly that field of that element.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DialplanDocument, ElementNode, TagKind } from '../ast/types.ts';
import { allElements, attrValue, childElements, elementName, textContent } from '../ast/query.ts';
import { diffDialplans } from '../diff/diff-dialplans.ts';
import type { DialplanChange } from '../diff/types.ts';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { TAGS } from '../schema/tags.ts';
import { parseDialplan } from '../xml/parse.ts';
import { connect } from './connect.ts';
import { holdsText, inspectorEdit, shownValue, type InspectorField } from './inspector-edit.ts';
import { applyPatches } from './patch.ts';
import { TAG_TEMPLATES } from './tag-templates.ts';

/** One element of every tag (the palette's templates), named, in a dialplan. */
const EVERY_KIND = [
  '<dialplan name="Root">',
  ...Object.values(TAG_TEMPLATES).map((t) => `  ${t.replaceAll('\n', '\n  ')}`),
  '  <play type="tts" name="Target">Where gotos go.</play>',
  '  <goto name="ToTarget">Target</goto>',
  '</dialplan>',
].join('\n');

const TEXTS = [...FIXTURE_TEXTS, EVERY_KIND].filter((text) =>
  parseDialplan(text).diagnostics.every((d) => !d.ruleId.startsWith('xml-')),
);
const DOCS = TEXTS.map((text) => parseDialplan(text).document);

/** Every field the Inspector shows for the element: its schema's attributes, the others, its text. */
function fieldsOf(element: ElementNode): InspectorField[] {
  const listed = element.kind === 'unknown' ? [] : TAGS[element.kind].attributes.map((a) => a.name);
  const written = element.attributes.map((a) => a.name);
  const names = [
    ...new Set([...listed, ...written.filter((w) => !listed.some((l) => same(l, w)))]),
  ];
  const fields: InspectorField[] = names.map((attribute) => ({ attribute }));
  const textual = holdsText(element) && !childElements(element).length;
  return textual ? [...fields, { text: true }] : fields;
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const textOf = (e: ElementNode | undefined) => (e ? textContent(e).trim() : undefined);

function commit(
  doc: DialplanDocument,
  element: ElementNode,
  field: InspectorField,
  value?: string,
) {
  const patches = inspectorEdit(doc, element.id, field, value);
  const after = parseDialplan(applyPatches(doc.source, patches)).document;
  return { patches, changes: diffDialplans(doc, after) };
}

/** The change the diff must report for one field of `element`, and nothing else. */
function expected(element: ElementNode, field: InspectorField, change: DialplanChange): boolean {
  if (change.path !== element.id) return false;
  if ('text' in field) return change.kind === 'changed' && change.field === 'text';
  if (same(field.attribute, 'name') && elementName(element)) return change.kind === 'renamed';
  return change.kind === 'changed' && same(change.field ?? '', `attribute:${field.attribute}`);
}

describe('Inspector fields committed unchanged', () => {
  it.each(DOCS.map((doc, i) => [i, doc] as const))('write nothing: text #%i', (_, doc) => {
    for (const element of allElements(doc)) {
      for (const field of fieldsOf(element)) {
        const value = shownValue(element, field);
        expect(
          inspectorEdit(doc, element.id, field, value),
          `${element.id} ${JSON.stringify(field)}`,
        ).toEqual([]);
      }
    }
  });
});

describe('one Inspector field changed', () => {
  it('covers every element kind', () => {
    const kinds = new Set(DOCS.flatMap((doc) => allElements(doc).map((e) => e.kind)));
    for (const kind of Object.keys(TAGS) as TagKind[]) expect(kinds).toContain(kind);
  });

  it('reports exactly that change, for any element, field and value', () => {
    const pick = fc.record({
      doc: fc.nat(),
      element: fc.nat(),
      field: fc.nat(),
      value: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,9}$/),
    });
    fc.assert(
      fc.property(pick, (p) => {
        const doc = DOCS[p.doc % DOCS.length]!;
        const elements = allElements(doc);
        const element = elements[p.element % elements.length]!;
        const fields = fieldsOf(element);
        const field = fields[p.field % Math.max(1, fields.length)];
        if (!field) return;
        const value = `${p.value}_new`;
        // A question's rename also renames the variable derived from its name (edit/rename.ts).
        const stashes =
          element.kind === 'menu' && 'attribute' in field && same(field.attribute, 'name');
        const { changes } = commit(doc, element, field, value);
        const own = changes.filter((c) => expected(element, field, c));
        expect(
          own,
          `${element.id} ${JSON.stringify(field)}: ${JSON.stringify(changes)}`,
        ).toHaveLength(1);
        const rest = changes.filter((c) => !own.includes(c));
        if (stashes) expect(rest.every((c) => c.field === 'attribute:varname')).toBe(true);
        else expect(rest, `${element.id} ${JSON.stringify(field)}`).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it('removing an attribute the element has reports exactly that change', () => {
    for (const doc of DOCS) {
      for (const element of allElements(doc)) {
        const attribute = element.attributes.find((a) => !same(a.name, 'name'))?.name;
        if (!attribute) continue;
        const field = { attribute };
        const { changes } = commit(doc, element, field, undefined);
        expect(
          changes,
          `${element.id} ${attribute} ${doc.source.slice(element.range.start.offset, element.openTagRange.end.offset)}`,
        ).toHaveLength(1);
        expect(expected(element, field, changes[0]!)).toBe(true);
      }
    }
  });
});

describe('Goes to', () => {
  it('re-points a branch with exactly one change', () => {
    for (const doc of DOCS) {
      const names = allElements(doc).flatMap((e) => elementName(e) ?? []);
      for (const element of allElements(doc)) {
        if (!['keypress', 'live', 'machine', 'catch'].includes(element.kind)) continue;
        const current =
          element.kind === 'catch'
            ? attrValue(element, 'goto')
            : childElements(element).findLast((c) => c.kind === 'goto');
        const target = names.find(
          (n) => n !== (typeof current === 'string' ? current : textOf(current)),
        );
        if (!target) continue;
        const patches = connect(doc, element.id, target, 'branch').patches;
        const after = parseDialplan(applyPatches(doc.source, patches)).document;
        const changes = diffDialplans(doc, after);
        expect(changes, `${element.id} → ${target}`).toHaveLength(1);
        expect(changes[0]).toMatchObject(
          element.kind === 'catch'
            ? { kind: 'changed', tag: 'catch', field: 'attribute:goto' }
            : { tag: 'goto' },
        );
      }
    }
  });
});
