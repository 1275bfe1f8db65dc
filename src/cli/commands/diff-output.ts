/** How `dialplan diff` prints changes: one readable line each, or the JSON shape scripts read. */
import type { DialplanChange, WordPart } from '../../core/index.ts';

/** One line: kind, tag, name or path, what changed, and the element's lines in OLD/NEW. */
export function changeLine(change: DialplanChange): string {
  const who = change.name !== undefined ? `"${change.name}"` : change.path;
  return `${change.kind.padEnd(7)} ${change.tag} ${who}${detail(change)}  (${lines(change)})\n`;
}

function detail(change: DialplanChange): string {
  switch (change.kind) {
    case 'added':
    case 'removed':
      return '';
    case 'moved':
      return `: ${change.old ?? ''} → ${change.new ?? ''}`;
    case 'renamed':
      return `: "${change.old ?? ''}" → "${change.new ?? ''}"`;
    case 'changed':
      if (change.words) {
        const note = change.note === undefined ? '' : ` (${change.note})`;
        return ` ${change.field ?? 'text'}: ${wordDiff(change.words)}${note}`;
      }
      return ` ${change.field ?? ''}: ${quoted(change.old)} → ${quoted(change.new)}`;
  }
}

const quoted = (value: string | undefined): string =>
  value === undefined ? '(none)' : JSON.stringify(value);

/** `[-removed-]{+added+}` between kept words, as `git diff --word-diff` prints them. */
function wordDiff(words: readonly WordPart[]): string {
  return words
    .map((w) => (w.op === 'same' ? w.text : w.op === 'removed' ? `[-${w.text}-]` : `{+${w.text}+}`))
    .join(' ');
}

function lines(change: DialplanChange): string {
  const parts: string[] = [];
  if (change.oldLine !== undefined) parts.push(`OLD:${change.oldLine}`);
  if (change.newLine !== undefined) parts.push(`NEW:${change.newLine}`);
  return parts.join(' ');
}

/** The `--json` entry: the documented keys only, in a fixed order. */
export function jsonChange(change: DialplanChange): Record<string, string | number> {
  const out: Record<string, string | number> = { kind: change.kind, tag: change.tag };
  if (change.name !== undefined) out.name = change.name;
  out.path = change.path;
  if (change.field !== undefined) out.field = change.field;
  if (change.old !== undefined) out.old = change.old;
  if (change.new !== undefined) out.new = change.new;
  if (change.oldLine !== undefined) out.oldLine = change.oldLine;
  if (change.newLine !== undefined) out.newLine = change.newLine;
  if (change.note !== undefined) out.note = change.note;
  return out;
}
