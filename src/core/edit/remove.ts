/**
 * Deleting an element. References to it are left dangling on purpose: the validator reports them, and
 * silently removing a goto would change the call flow behind the user's back.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { removalSpan } from './layout-text.ts';
import type { TextPatch } from './patch.ts';
import { requireElement } from './lookup.ts';

export function deleteElement(doc: DialplanDocument, id: string): TextPatch[] {
  const element = requireElement(doc, id);
  const span = removalSpan(doc.source, element.range.start.offset, element.range.end.offset);
  return [{ ...span, insert: '' }];
}
