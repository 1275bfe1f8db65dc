/** Element names (the targets of goto and catch@goto): which are taken, fresh ones, references. */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { attrValue, elementName, textContent } from '../ast/query.ts';
import { indexOf } from './lookup.ts';

export function takenNames(doc: DialplanDocument): Set<string> {
  const names = new Set<string>();
  for (const element of indexOf(doc).ordered) {
    const name = elementName(element);
    if (name !== undefined) names.add(name);
  }
  return names;
}

/** `base` if free, else `base_2`, `base_3`…; the name returned is added to `taken`. */
export function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/** Where an element refers to a name: the text of a goto, or the goto attribute of a catch. */
export type Reference =
  { element: ElementNode; via: 'text' } | { element: ElementNode; via: 'attribute' };

/** The target an element refers to, if it is a goto or a catch. */
export function referenceOf(element: ElementNode): Reference | undefined {
  if (element.kind === 'goto') return { element, via: 'text' };
  if (element.kind === 'catch' && attrValue(element, 'goto') !== undefined) {
    return { element, via: 'attribute' };
  }
  return undefined;
}

export function referenceTarget(ref: Reference): string {
  return ref.via === 'text'
    ? textContent(ref.element).trim()
    : (attrValue(ref.element, 'goto') ?? '').trim();
}

/** Every goto and catch that targets `name` (compared exactly, after trimming, as the platform does). */
export function referencesTo(elements: readonly ElementNode[], name: string): Reference[] {
  const refs: Reference[] = [];
  for (const element of elements) {
    const ref = referenceOf(element);
    if (ref && referenceTarget(ref) === name) refs.push(ref);
  }
  return refs;
}
