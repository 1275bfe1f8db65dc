/**
 * Every user action of the studio, registered once. The header buttons, the command palette, the `?`
 * dialog, the README's keyboard table and the one keyboard dispatcher are all drawn from this list.
 */
import { PALETTE_ITEMS } from '../../core/index.ts';
import { STUDIO_MODES } from '../../store/index.ts';
import { focusInspectorOf } from '../../features/keyboard/focus-inspector.ts';
import { registerActions } from '../../ui/actions/action-list.ts';
import { openDialog } from '../../ui/actions/dialogs.ts';
import { actionHandler } from '../../ui/actions/handlers.ts';
import { cycleRegion } from './regions.ts';
import { DOCUMENT_ACTIONS } from './document-actions.ts';
import type { Action, ActionContext } from '../../ui/actions/types.ts';

/** The graph card a key landed on (Enter opens it), if any. */
function graphCardOf(target: EventTarget | null | undefined): HTMLElement | undefined {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return undefined;
  const node = target.closest<HTMLElement>('.graph-canvas .react-flow__node');
  return node && node === target ? node : undefined;
}

const selectionOrCard = (ctx: ActionContext) =>
  graphCardOf(ctx.target)?.dataset.id ?? ctx.store.getState().selectedId;

const handled = (id: string): Pick<Action, 'enabled' | 'perform'> => ({
  enabled: () => actionHandler(id) !== undefined,
  perform: (ctx) => actionHandler(id)?.(ctx),
});

const MODE_ACTIONS: Action[] = STUDIO_MODES.map((mode, i) => ({
  id: `mode.${mode.toLowerCase()}`,
  label: `Go to ${mode}`,
  group: 'View',
  shortcuts: [`Alt+Shift+${i + 1}`],
  describe: `Go to ${mode}`,
  whileTyping: true,
  enabled: (ctx) => ctx.store.getState().mode !== mode,
  perform: (ctx) => ctx.store.getState().setMode(mode),
}));

/** Alt+X: one keystroke that shows or hides the XML in every mode (no browser or Monaco binding). */
const XML_ACTION: Action = {
  id: 'view.toggle-xml',
  label: 'Show or hide the XML',
  group: 'View',
  shortcuts: ['Alt+X'],
  describe: 'Show or hide the XML beside the graph (in every mode)',
  whileTyping: true,
  perform: (ctx) => ctx.store.getState().toggleXml(),
};

/** "Add Poll question after the selection", one per palette item (the palette's own insert). */
const INSERT_ACTIONS: Action[] = PALETTE_ITEMS.map((item) => ({
  id: `insert.${item.id}`,
  label: `Add ${item.label} after the selection`,
  group: 'Design',
  icon: '+',
  enabled: (ctx) => !ctx.store.getState().stale,
  perform: (ctx) => {
    void import('../../features/palette/insert-item.ts').then(({ insertPaletteItem }) => {
      insertPaletteItem(ctx.store.getState(), item, false);
    });
  },
}));

export const ACTIONS: readonly Action[] = [
  {
    id: 'document.new',
    label: 'New dialplan…',
    group: 'Document',
    shortcuts: ['Ctrl+Alt+N'],
    describe: 'New dialplan: empty poll, an example, or blank',
    whileTyping: true,
    perform: () => openDialog('new'),
  },
  {
    id: 'document.download',
    label: 'Download the dialplan XML',
    group: 'Send',
    shortcuts: ['Mod+S'],
    whileTyping: true,
    ...handled('document.download'),
  },
  ...DOCUMENT_ACTIONS,
  {
    id: 'edit.undo',
    label: 'Undo',
    group: 'Edit',
    icon: '↶',
    shortcuts: ['Mod+Z'],
    describe: 'Undo (one history for every view)',
    enabled: (ctx) => ctx.store.getState().canUndo,
    perform: (ctx) => ctx.store.getState().undo(),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    group: 'Edit',
    icon: '↷',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: (ctx) => ctx.store.getState().canRedo,
    perform: (ctx) => ctx.store.getState().redo(),
  },
  {
    id: 'navigate.commands',
    label: 'Command palette',
    group: 'Navigate',
    shortcuts: ['Mod+Shift+P'],
    describe: 'Command palette: every action, and find elements',
    whileTyping: true,
    perform: () => openDialog('commands'),
  },
  {
    id: 'navigate.find',
    label: 'Find an element…',
    group: 'Navigate',
    shortcuts: ['Mod+K'],
    describe: 'Find an element by name, tag or prompt words',
    whileTyping: true,
    perform: () => openDialog('find'),
  },
  {
    id: 'navigate.next-region',
    label: 'Focus the next region',
    group: 'Navigate',
    shortcuts: ['F6'],
    describe: 'Focus the next region: header, palette, graph, XML, side panel',
    whileTyping: true,
    perform: () => void cycleRegion(1),
  },
  {
    id: 'navigate.previous-region',
    label: 'Focus the previous region',
    group: 'Navigate',
    shortcuts: ['Shift+F6'],
    whileTyping: true,
    perform: () => void cycleRegion(-1),
  },
  {
    id: 'design.open-in-inspector',
    label: 'Open the selection in the Inspector',
    group: 'Design',
    shortcuts: ['Enter'],
    describe: 'On a graph card: open it in the Inspector (focus moves there)',
    keyTarget: (target) => graphCardOf(target) !== undefined,
    enabled: (ctx) => selectionOrCard(ctx) !== undefined,
    perform: (ctx) => {
      const id = selectionOrCard(ctx);
      if (id === undefined) return;
      ctx.store.getState().select(id, 'graph');
      ctx.store.getState().setSidePanelTab('Inspector');
      focusInspectorOf(id);
    },
  },
  ...INSERT_ACTIONS,
  ...MODE_ACTIONS,
  XML_ACTION,
  {
    id: 'test.toggle-breakpoint',
    label: 'Toggle a breakpoint on the selection',
    group: 'Test',
    shortcuts: ['F9'],
    describe: 'Toggle a breakpoint on the selected card (debugger open)',
    whileTyping: true,
    ...handled('test.toggle-breakpoint'),
  },
  {
    id: 'test.phone-key',
    label: 'Press a phone key',
    group: 'Test',
    shortcuts: [...'0123456789*#'],
    keysShown: ['0–9', '*', '#'],
    describe: 'During a call: press the phone key',
    visible: false,
    ...handled('test.phone-key'),
  },
  {
    id: 'help.shortcuts',
    label: 'Keyboard shortcuts',
    group: 'Help',
    shortcuts: ['Shift+?'],
    describe: 'This list of shortcuts',
    perform: () => openDialog('shortcuts'),
  },
];

registerActions(ACTIONS);

export { actionById } from '../../ui/actions/action-list.ts';
