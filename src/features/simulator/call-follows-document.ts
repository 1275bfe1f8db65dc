/**
 * A call runs the text it started with. When the studio's document moves away from it — another
 * document is opened, or the element the call is on is deleted or becomes another element — the call
 * must end (saying why) rather than speak the old text while the views show the new one.
 */
import { elementName, findElement, type DialplanDocument } from '../../core/index.ts';
import type { StudioState } from '../../store/index.ts';

/** Why the call can no longer go on in `state`, or undefined while it can. */
export function whyCallCannotGoOn(
  call: { documentId: string; document: DialplanDocument; elementId: string | undefined },
  state: StudioState,
): string | undefined {
  if (state.activeId !== call.documentId) {
    const name = state.documents.find((d) => d.id === call.documentId)?.name;
    return `another document was opened; the call ran ${name ? `“${name}”` : 'a closed document'}. Press Call to start one on this document`;
  }
  if (call.elementId === undefined || state.lastGood === call.document) return undefined;
  const before = findElement(call.document, call.elementId);
  const now = findElement(state.lastGood, call.elementId);
  if (!before) return undefined;
  const label = `${before.tagName}${elementName(before) ? ` ${elementName(before)}` : ''}`;
  if (!now || now.tagName !== before.tagName || elementName(now) !== elementName(before))
    return `the element it was on (${label}) was deleted or changed. Press Call to start again`;
  return undefined;
}
