/** A change of the semantic diff in words, for the Versions panel's list and the graph's legend. */
import type { DialplanChange } from '../../core/index.ts';

/** `play "Ask"` or `keypress /dialplan/menu/keypress[2]`: what a person recognises the element by. */
export function elementLabel(change: DialplanChange): string {
  return `${change.tag} ${change.name !== undefined ? `"${change.name}"` : change.path}`;
}

/** What changed, beyond the element itself: `timeout 3500 → 5000`, `"Bye" → "Farewell"`, `text`. */
export function changeDetail(change: DialplanChange): string {
  switch (change.kind) {
    case 'added':
    case 'removed':
      return '';
    case 'renamed':
      return `"${change.old ?? ''}" → "${change.new ?? ''}"`;
    case 'moved':
      return `from ${change.old ?? ''}`;
    case 'changed':
      if (change.field === 'text') return 'text';
      return `${(change.field ?? '').replace(/^attribute:/, '')}: ${change.old ?? '(none)'} → ${change.new ?? '(none)'}`;
  }
}

/** The line to show in the diff editor: the new side, or the old side for a removed element. */
export function changeLine(change: DialplanChange): { side: 'old' | 'new'; line: number } {
  return change.newLine !== undefined
    ? { side: 'new', line: change.newLine }
    : { side: 'old', line: change.oldLine ?? 1 };
}
