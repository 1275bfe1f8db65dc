/**
 * The shortcuts the `?` dialog and the README list: the registry's actions (src/app/actions, grouped as
 * there) and, after them, the keys a widget keeps to itself (Tab in the XML editor, arrows on tabs…),
 * which are no actions. README's table is checked against `keyboardTableRows()` by
 * src/app/actions/readme-table.test.ts.
 */
import { allActions } from '../../ui/actions/action-list.ts';
import { formatShortcut } from '../../ui/actions/key-specs.ts';
import { ACTION_GROUPS } from '../../ui/actions/types.ts';

export interface Shortcut {
  keys: string[];
  what: string;
}

export interface ShortcutGroup {
  title: string;
  shortcuts: readonly Shortcut[];
}

/** Keys that belong to one widget, listed by hand (the registry's are listed from it). */
export const WIDGET_SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      {
        keys: ['Tab', 'Shift+Tab'],
        what: 'Move between header, palette, graph, XML and mode panel',
      },
      { keys: ['Escape'], what: 'Close a dialog; drop a half-typed field' },
    ],
  },
  {
    title: 'Graph',
    shortcuts: [
      {
        keys: ['Tab'],
        what: 'Enter the graph: one Tab stop, on the last focused or selected card',
      },
      { keys: ['→', '←'], what: 'The next card along the flow / where the call came from' },
      {
        keys: ['↑', '↓'],
        what: 'The other branches of the same question, else cards at the same depth',
      },
      { keys: ['Shift+Arrow keys'], what: 'Move the selected card' },
      {
        keys: ['Delete', 'Backspace'],
        what: 'Delete the focused card; its neighbour takes the focus',
      },
    ],
  },
  {
    title: 'Palette',
    shortcuts: [
      { keys: ['↑', '↓', 'Home', 'End'], what: 'Move between items (the palette is one Tab stop)' },
      { keys: ['Enter', 'Space'], what: 'Insert the item after the selected element' },
    ],
  },
  {
    title: 'XML editor',
    shortcuts: [
      {
        keys: ['Tab', 'Shift+Tab'],
        what: 'Leave the editor (the default: Tab never changes the text)',
      },
      {
        keys: ['Ctrl+M'],
        what: 'Switch Tab between moving focus and indenting (shown below the editor)',
      },
      { keys: ['Ctrl+Space'], what: 'Complete a tag, attribute, value or goto target' },
    ],
  },
  {
    title: 'Inspector',
    shortcuts: [
      { keys: ['Enter'], what: 'Commit a field (Ctrl+Enter in a prompt)' },
      { keys: ['Escape'], what: "Back to the element's card in the graph" },
      { keys: ['Goes to'], what: 'Connect a branch to a named element without the mouse' },
    ],
  },
  {
    title: 'Mode switch and tabs',
    shortcuts: [{ keys: ['←', '→'], what: 'Previous / next mode or tab (focus follows)' }],
  },
];

/** Every shortcut: the registry's groups first, then the widgets' own keys. */
export function shortcutGroups(mac = false): ShortcutGroup[] {
  const fromRegistry = ACTION_GROUPS.map((title) => ({
    title,
    shortcuts: allActions()
      .filter((a) => a.group === title && a.shortcuts?.length)
      .map((a) => ({
        keys: [...(a.keysShown ?? (a.shortcuts ?? []).map((s) => formatShortcut(s, mac)))],
        what: a.describe ?? a.label,
      })),
  })).filter((g) => g.shortcuts.length > 0);
  return [...fromRegistry, ...WIDGET_SHORTCUT_GROUPS];
}

/** The README's keyboard table rows: keys joined by " / ", the group (or widget), and what they do. */
export function keyboardTableRows(): [keys: string, where: string, what: string][] {
  return shortcutGroups().flatMap((g) =>
    g.shortcuts.map((s): [string, string, string] => [s.keys.join(' / '), g.title, s.what]),
  );
}

const HEADER = ['keys', 'group', 'what'];
const escapeCell = (text: string) => text.replace(/([*|_])/g, '\\$1');

/** The README table as Markdown, columns padded the way Prettier pads them. */
export function keyboardTableMarkdown(): string {
  const rows = keyboardTableRows().map((r) => r.map(escapeCell));
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, c) =>
    all.reduce((w, r) => Math.max(w, [...(r[c] ?? '')].length), 0),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((t, c) => t + ' '.repeat((widths[c] ?? 0) - [...t].length)).join(' | ')} |`;
  return [line(HEADER), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
