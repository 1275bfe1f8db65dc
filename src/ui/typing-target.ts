/**
 * Whether a key event belongs to where the person is typing: a form field, editable content, or the XML
 * editor (Monaco 0.57 types through EditContext, not a textarea, so it is recognised by its container).
 * Studio-wide shortcuts (undo, canvas Delete, the phone keypad) leave such keys alone.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('.monaco-editor')) return true;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
