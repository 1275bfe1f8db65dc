import { renderToStaticMarkup } from 'react-dom/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createStudioStore, StudioProvider, type StudioStore } from '../../store/index.ts';
import { DocumentsMenu } from '../../features/documents/DocumentsMenu.tsx';
import {
  documentsMenuState,
  setDocumentsMenuOpen,
} from '../../features/documents/menu-requests.ts';
import { EXAMPLES } from '../../features/documents/examples-list.ts';
import { actionById } from '../../ui/actions/action-list.ts';
import { rankByLabel } from '../../ui/actions/fuzzy.ts';
import { ariaKeyShortcuts } from '../../ui/actions/key-specs.ts';
import { DOCUMENT_ACTIONS } from './document-actions.ts';
import { ACTIONS } from './registry.ts';

/** What the command palette lists: the registry's visible actions (CommandPalette.tsx). */
const paletteActions = () => ACTIONS.filter((a) => a.visible !== false);

interface MenuButton {
  text: string;
  title: string;
  keys: string | undefined;
  disabled: boolean;
}

/** The open Documents menu, rendered as the header draws it, and its buttons. */
function menuButtons(store: StudioStore): MenuButton[] {
  setDocumentsMenuOpen(true);
  const html = renderToStaticMarkup(
    <StudioProvider store={store}>
      <DocumentsMenu />
    </StudioProvider>,
  );
  return [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map(
    ([, attrs = '', inner = '']) => ({
      text: inner.replace(/<[^>]+>/g, ''),
      title: /title="([^"]*)"/.exec(attrs)?.[1] ?? '',
      keys: /aria-keyshortcuts="([^"]*)"/.exec(attrs)?.[1],
      disabled: /\sdisabled=""/.test(attrs),
    }),
  );
}

const MENU_COMMANDS = ['document.new', ...DOCUMENT_ACTIONS.map((a) => a.id)];

let store: StudioStore;
beforeEach(() => {
  store = createStudioStore({ initialText: '<dialplan><hangup name="H"/></dialplan>' });
  setDocumentsMenuOpen(false);
});

describe('the Documents menu and the command palette', () => {
  it('read the same registered action objects, one per command and per example', () => {
    expect(DOCUMENT_ACTIONS.filter((a) => a.id.startsWith('document.example.'))).toHaveLength(
      EXAMPLES.length,
    );
    for (const id of MENU_COMMANDS) {
      const inPalette = paletteActions().find((a) => a.id === id);
      expect(inPalette, id).toBeDefined();
      // the menu's ActionButton finds its action by id: the very object the palette lists
      expect(actionById(id)).toBe(inPalette);
    }
    expect(paletteActions().map((a) => a.label)).toEqual(
      expect.arrayContaining([
        'Duplicate this dialplan',
        'Open example: Political poll',
        'Copy share link',
        'Paste XML…',
        'Open a file…',
      ]),
    );
  });

  it('draws every command button from its action: label, shortcut, tooltip', () => {
    const buttons = menuButtons(store);
    const commands = buttons.filter((b) => !b.text.startsWith('Documents'));
    // the open document's row, the commands, then one button per example; nothing written by hand
    const rows = commands.filter((b) => b.title === '');
    expect(rows.map((b) => b.text)).toEqual(store.getState().documents.map((d) => d.name));
    const drawn = commands.filter((b) => b.title !== '');
    expect(drawn).toHaveLength(MENU_COMMANDS.length);
    for (const [i, id] of MENU_COMMANDS.entries()) {
      const action = actionById(id);
      const button = drawn[i];
      expect(button?.title.startsWith(action.label), id).toBe(true);
      if (!id.startsWith('document.example.')) expect(button?.text).toBe(action.label);
      expect(button?.keys).toBe(action.shortcuts ? ariaKeyShortcuts(action.shortcuts) : undefined);
    }
    expect(drawn.find((b) => b.text === 'Open a file…')?.keys).toBe('Control+O');
  });

  it("shows a command disabled exactly when its action's `enabled` says so", () => {
    expect(menuButtons(store).filter((b) => b.disabled)).toEqual([]);
    // no open document in the list: Rename, Duplicate and Delete have nothing to act on
    store.setState({ activeId: 'gone' });
    const disabled = menuButtons(store).filter((b) => b.disabled);
    expect(disabled.map((b) => b.text)).toEqual([
      'Rename this dialplan',
      'Duplicate this dialplan',
      'Delete this dialplan…',
    ]);
    for (const id of ['document.rename', 'document.duplicate', 'document.delete'])
      expect(actionById(id).enabled?.({ store })).toBe(false);
  });

  it('runs from the palette as from the menu: Duplicate opens a copy, Rename asks the menu', () => {
    const palette = (label: string) => paletteActions().find((a) => a.label === label);
    const [first] = store.getState().documents.map((d) => d.name);
    palette('Duplicate this dialplan')?.perform({ store });
    expect(store.getState().documents.map((d) => d.name)).toEqual([first, `${first} copy`]);
    expect(store.getState().documents[1]?.id).toBe(store.getState().activeId);

    palette('Rename this dialplan')?.perform({ store });
    expect(documentsMenuState()).toMatchObject({ open: true, request: { command: 'rename' } });
    palette('Delete this dialplan…')?.perform({ store });
    expect(documentsMenuState()).toMatchObject({ open: true, request: { command: 'delete' } });
    // Delete only asks: the menu's ConfirmDialog deletes
    expect(store.getState().documents).toHaveLength(2);
  });
});

describe('palette search with the document actions listed', () => {
  const first = (query: string) => rankByLabel(paletteActions(), query, (a) => a.label)[0]?.label;

  it('still puts "Add Poll question" first for "poll" (the keyboard-only poll relies on it)', () => {
    expect(first('poll')).toBe('Add Poll question after the selection');
  });

  it('finds each document command by a word of it', () => {
    expect(first('duplicate')).toBe('Duplicate this dialplan');
    expect(first('rename')).toBe('Rename this dialplan');
    expect(first('paste')).toBe('Paste XML…');
    expect(first('share')).toBe('Copy share link');
    expect(first('open a file')).toBe('Open a file…');
    expect(first('example survey')).toBe('Open example: Customer satisfaction survey');
  });
});
