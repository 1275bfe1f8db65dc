/**
 * Every user action of the studio, registered once. The header buttons, the command palette, the `?`
 * dialog, the README's keyboard table and the one keyboard dispatcher are all drawn from this list.
 */
import { indexElements, PALETTE_ITEMS } from '../../core/index.ts';
import { runEdit, STUDIO_MODES } from '../../store/index.ts';
import { focusInspectorOf } from '../../features/keyboard/focus-inspector.ts';
import { withEditOps } from '../../features/graph/edit-ops.ts';
import { useDebugStore } from '../../features/simulator/index.ts';
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

/**
 * The element an action on a card concerns: the selection when it is that card or drawn inside it (a
 * branch, a prompt), else the card; without a card, the selection.
 */
function elementOf(ctx: ActionContext): string | undefined {
  const card = graphCardOf(ctx.target);
  const selected = ctx.store.getState().selectedId;
  if (!card) return selected;
  const inCard =
    selected !== undefined &&
    (card.dataset.id === selected ||
      card.querySelector(`[data-element-id="${CSS.escape(selected)}"]`) !== null);
  return inCard ? selected : card.dataset.id;
}

/** An element of the document (not the root), found by id in the last good tree. */
function elementNode(ctx: ActionContext, id: string | undefined) {
  const doc = ctx.store.getState().lastGood;
  if (id === undefined || id === doc.root?.id) return undefined;
  return indexElements(doc).byId.get(id);
}

/** A context menu on a card acts on that card: it becomes the selection first. */
function selectCard(ctx: ActionContext): void {
  const id = graphCardOf(ctx.target)?.dataset.id;
  if (id !== undefined && ctx.store.getState().selectedId !== id)
    ctx.store.getState().select(id, 'graph');
}

/** Focuses the XML editor once it is drawn (it may be loading, or just shown). */
function focusXmlEditor(frames = 60): void {
  const editor = document.querySelector<HTMLElement>('.xml-editor-host textarea');
  if (editor) editor.focus();
  else if (frames > 0) requestAnimationFrame(() => focusXmlEditor(frames - 1));
}

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
  fullStudio: true,
  enabled: (ctx) => !ctx.store.getState().stale,
  ...(item.id === 'block:poll-question'
    ? { contextMenu: { card: `Add ${item.label} after this`, canvas: `Add ${item.label}` } }
    : {}),
  perform: (ctx) => {
    selectCard(ctx);
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
    contextMenu: { canvas: true },
    fullStudio: true,
    enabled: (ctx) => ctx.store.getState().canUndo,
    perform: (ctx) => ctx.store.getState().undo(),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    group: 'Edit',
    icon: '↷',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    contextMenu: { canvas: true },
    fullStudio: true,
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
    contextMenu: { card: 'Open in Inspector' },
    enabled: (ctx) => selectionOrCard(ctx) !== undefined,
    perform: (ctx) => {
      const id = selectionOrCard(ctx);
      if (id === undefined) return;
      ctx.store.getState().select(id, 'graph');
      ctx.store.getState().setSidePanelTab('Inspector');
      focusInspectorOf(id);
    },
  },
  {
    id: 'design.context-menu',
    label: 'Open the context menu of the focused card',
    group: 'Design',
    shortcuts: ['Shift+F10', 'ContextMenu'],
    describe: "On a graph card: its context menu (the card's actions)",
    visible: false,
    keyTarget: (target) => graphCardOf(target) !== undefined,
    ...handled('design.context-menu'),
  },
  ...INSERT_ACTIONS,
  {
    id: 'design.test-from-here',
    label: 'Test a call from the selection',
    group: 'Test',
    icon: '▶',
    contextMenu: { card: 'Test call from here' },
    enabled: (ctx) => elementNode(ctx, selectionOrCard(ctx)) !== undefined,
    perform: (ctx) => {
      const id = selectionOrCard(ctx);
      if (elementNode(ctx, id) === undefined) return;
      // the debugger's "Start here": the next call in Test starts at this element
      useDebugStore.getState().setStart(id);
      ctx.store.getState().select(id, 'graph');
      ctx.store.getState().setMode('Test');
    },
  },
  {
    id: 'edit.delete',
    label: 'Delete the selection',
    group: 'Edit',
    icon: '✕',
    // the key stays with the canvas (it also deletes a selected connection); shown in the menu
    keysShown: ['Delete'],
    contextMenu: { card: 'Delete' },
    fullStudio: true,
    enabled: (ctx) => !ctx.store.getState().stale && elementNode(ctx, elementOf(ctx)) !== undefined,
    perform: (ctx) => {
      const id = elementOf(ctx);
      if (elementNode(ctx, id) === undefined || id === undefined) return;
      // the neighbour is selected, and its card takes the focus (useCardFocus), never <body>
      withEditOps((ops) =>
        runEdit(
          ctx.store.getState(),
          'Delete',
          (doc) => ops.deleteSelectingNeighbour(doc, id),
          'graph',
        ),
      );
    },
  },
  {
    id: 'edit.copy-xml',
    label: 'Copy the XML of the selection',
    group: 'Edit',
    contextMenu: { card: 'Copy XML' },
    enabled: (ctx) => elementNode(ctx, elementOf(ctx)) !== undefined,
    perform: (ctx) => {
      const element = elementNode(ctx, elementOf(ctx));
      if (!element) return;
      const { source } = ctx.store.getState().lastGood;
      void navigator.clipboard
        ?.writeText(source.slice(element.range.start.offset, element.range.end.offset))
        .catch(() => undefined);
    },
  },
  {
    id: 'view.show-in-xml',
    label: 'Show the selection in the XML',
    group: 'View',
    contextMenu: { card: 'Show in XML' },
    fullStudio: true,
    enabled: (ctx) => elementNode(ctx, elementOf(ctx)) !== undefined,
    perform: (ctx) => {
      const id = elementOf(ctx);
      if (id === undefined) return;
      const state = ctx.store.getState();
      state.select(id, 'graph');
      if (!state.modePanes[state.mode].xml) state.toggleXml();
      requestAnimationFrame(() => focusXmlEditor());
    },
  },
  {
    id: 'design.tidy',
    label: 'Tidy the graph',
    group: 'Design',
    contextMenu: { canvas: 'Tidy' },
    fullStudio: true,
    ...handled('design.tidy'),
  },
  {
    id: 'view.fit',
    label: 'Fit the graph in view',
    group: 'View',
    contextMenu: { canvas: 'Fit view' },
    ...handled('view.fit'),
  },
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
