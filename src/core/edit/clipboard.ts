/**
 * Copy, paste and duplicate. A copied subtree is its exact source text, dedented to column 0. On paste,
 * names already used in the target document get fresh ones (`Live` → `Live_2`), and gotos inside the
 * pasted XML that pointed at a renamed element follow it, so a pasted menu's "repeat" loops on itself.
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { elementName } from '../ast/query.ts';
import { parseDialplan } from '../xml/parse.ts';
import { setAttributePatches } from './attributes.ts';
import { dedent, indentBefore } from './layout-text.ts';
import { indexOf, requireElement } from './lookup.ts';
import { referencesTo, takenNames, uniqueName } from './element-names.ts';
import { applyPatches, type TextPatch } from './patch.ts';
import { retargetPatches } from './rename.ts';
import { insertSnippet } from './insert.ts';
import { EditError, type EditResult, type InsertPosition } from './types.ts';

const WRAP_OPEN = '<dialplan>';
const WRAP_CLOSE = '</dialplan>';

/** The source text of an element's subtree, as if written at column 0. */
export function serializeElement(doc: DialplanDocument, id: string): string {
  const element = requireElement(doc, id);
  const text = doc.source.slice(element.range.start.offset, element.range.end.offset);
  return dedent(text, indentBefore(doc.source, element.range.start.offset) ?? '');
}

/** The elements of a snippet (one or more siblings), parsed inside a wrapper; throws when not XML. */
function parseSnippet(snippet: string): { source: string; elements: ElementNode[] } {
  const { document, diagnostics } = parseDialplan(WRAP_OPEN + snippet + WRAP_CLOSE);
  const broken = diagnostics.find((d) => d.severity === 'error' && d.ruleId.startsWith('xml-'));
  if (broken) throw new EditError(`The pasted text is not well-formed XML: ${broken.message}`);
  const elements = indexOf(document).ordered.slice(1);
  return { source: document.source, elements };
}

/** Renames the snippet's elements whose names are in `taken`, and the references among them. */
export function makeNamesUnique(snippet: string, taken: Set<string>): string {
  const { source, elements } = parseSnippet(snippet.trim());
  const own = new Set(elements.map(elementName).filter((n): n is string => n !== undefined));
  const reserved = new Set([...taken, ...own]);
  const patches: TextPatch[] = [];
  const renamed = new Set<string>();
  for (const element of elements) {
    const name = elementName(element);
    if (name === undefined || !taken.has(name) || renamed.has(name)) continue;
    renamed.add(name);
    const fresh = uniqueName(name, reserved);
    for (const patch of setAttributePatches(element, 'name', fresh)) patches.push(patch);
    for (const ref of referencesTo(elements, name)) {
      for (const patch of retargetPatches(source, ref, fresh)) patches.push(patch);
    }
  }
  const result = applyPatches(source, patches);
  return result.slice(WRAP_OPEN.length, result.length - WRAP_CLOSE.length);
}

/** Pastes XML copied from this or another document at `position`, with names made unique. */
export function pasteSnippet(
  doc: DialplanDocument,
  snippet: string,
  position: InsertPosition,
): EditResult {
  return insertSnippet(doc, makeNamesUnique(snippet, takenNames(doc)), position);
}

/** Inserts a copy of the element right after it, with names made unique. */
export function duplicateElement(doc: DialplanDocument, id: string): EditResult {
  return pasteSnippet(doc, serializeElement(doc, id), { anchorId: id, where: 'after' });
}
