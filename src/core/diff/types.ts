/** What the semantic diff reports: one entry per element-level change between two dialplans. */

export type ChangeKind = 'added' | 'removed' | 'renamed' | 'moved' | 'changed';

/** A word of a prompt diff, kept, removed (only in the old text) or added (only in the new text). */
export interface WordPart {
  op: 'same' | 'removed' | 'added';
  text: string;
}

export interface DialplanChange {
  kind: ChangeKind;
  /** The tag as written (in the new text, or the old one for a removed element). */
  tag: string;
  /** The element's `name` (the new one after a rename), when it has one. */
  name?: string;
  /** The element's id: its path in the new text, or in the old text for a removed element. */
  path: string;
  /** The element's path in the old text (absent when added). */
  oldPath?: string;
  /** The element's path in the new text (absent when removed). */
  newPath?: string;
  /** What changed in a `changed` (or `renamed`) entry: `text` or `attribute:NAME`. */
  field?: string;
  /** The value before (an absent attribute has none; for `moved`, the old path). */
  old?: string;
  /** The value after (a removed attribute has none; for `moved`, the new path). */
  new?: string;
  /** 1-based line of the element's start tag in the old text. */
  oldLine?: number;
  /** 1-based line of the element's start tag in the new text. */
  newLine?: number;
  /** For a text change: the words kept, removed and added. */
  words?: WordPart[];
  /** Why the words are shown as a whole (a prompt too long to align word by word), when they are. */
  note?: string;
}

/** What each kind is called in the studio (the change list, the graph's marks and legend). */
export const CHANGE_KIND_LABELS: Readonly<Record<ChangeKind, string>> = {
  added: 'Added',
  removed: 'Removed',
  renamed: 'Renamed',
  moved: 'Moved',
  changed: 'Changed',
};
