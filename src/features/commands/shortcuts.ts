/** Every keyboard shortcut of the studio, as the `?` overlay lists them (keep in step with README). */
export interface Shortcut {
  keys: string[];
  what: string;
}

export const SHORTCUT_GROUPS: readonly { title: string; shortcuts: readonly Shortcut[] }[] = [
  {
    title: 'Anywhere',
    shortcuts: [
      { keys: ['Ctrl+Alt+N'], what: 'New dialplan: empty poll, an example, or blank' },
      { keys: ['?'], what: 'This list of shortcuts' },
      {
        keys: ['Ctrl+Z', 'Ctrl+Shift+Z', 'Ctrl+Y'],
        what: 'Undo, redo (one history for every view)',
      },
      { keys: ['Ctrl+S'], what: 'Download the dialplan XML' },
      { keys: ['Alt+X'], what: 'Show or hide the XML beside the graph (in every mode)' },
      {
        keys: ['Tab', 'Shift+Tab'],
        what: 'Move between toolbar, palette, graph, XML and side panel',
      },
      { keys: ['Escape'], what: 'Close a dialog; drop a half-typed field' },
    ],
  },
  {
    title: 'Graph',
    shortcuts: [
      { keys: ['Tab'], what: 'Focus the next node (a focused node has a ring)' },
      { keys: ['Enter'], what: 'Open the focused node in the Inspector' },
      { keys: ['Arrow keys'], what: 'Move the selected node' },
      { keys: ['Delete', 'Backspace'], what: 'Delete the selected node or connection' },
    ],
  },
  {
    title: 'Palette',
    shortcuts: [{ keys: ['Enter', 'Space'], what: 'Insert the item after the selected element' }],
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
      { keys: ['Goes to'], what: 'Connect a branch to a named element without the mouse' },
    ],
  },
  {
    title: 'Side panel and simulator',
    shortcuts: [
      { keys: ['←', '→'], what: 'Switch tab (focus follows)' },
      { keys: ['0–9', '*', '#'], what: 'During a call: press the phone key' },
    ],
  },
];
