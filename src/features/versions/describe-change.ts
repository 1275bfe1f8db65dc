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

/** Word parts drawn for one change: a prompt rewritten word by word can have 100,000 of them. */
export const WORD_PARTS_SHOWN = 300;

/**
 * The word parts the change list draws, and how many it leaves out (the Monaco diff beside it shows the
 * whole text). A bounded list keeps the Versions tab responsive however long the prompt.
 */
export function shownWords(change: DialplanChange): {
  parts: NonNullable<DialplanChange['words']>;
  hidden: number;
} {
  const words = change.words ?? [];
  if (words.length <= WORD_PARTS_SHOWN) return { parts: words, hidden: 0 };
  return { parts: words.slice(0, WORD_PARTS_SHOWN), hidden: words.length - WORD_PARTS_SHOWN };
}
