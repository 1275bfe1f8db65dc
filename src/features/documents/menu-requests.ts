/**
 * The Documents menu's open state and the command a registry action asked it to run (Rename, Delete,
 * Paste, Open file, Copy share link). An action may run from the command palette or a key while the
 * menu is closed or was never mounted: it opens the menu, and the part of the menu that owns the
 * command (the list, the import bar) runs it, so its result (an inline edit, a dialog, a message) shows.
 */
import { useSyncExternalStore } from 'react';

export type MenuCommand = 'rename' | 'delete' | 'paste' | 'open-file' | 'share-link';

interface MenuState {
  open: boolean;
  /** The command waiting for its owner to run it; each request is new (`seq`), even a repeated one. */
  request: { command: MenuCommand; seq: number } | undefined;
  /** Why an example could not be opened, shown in the menu. */
  exampleError: string;
}

let state: MenuState = { open: false, request: undefined, exampleError: '' };
let seq = 0;
const listeners = new Set<() => void>();

function update(next: Partial<MenuState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function documentsMenuState(): MenuState {
  return state;
}

export function useDocumentsMenu(): MenuState {
  return useSyncExternalStore(subscribe, documentsMenuState, documentsMenuState);
}

export function setDocumentsMenuOpen(open: boolean): void {
  update({ open });
}

/** Opens the menu and asks it to run `command`. */
export function requestMenuCommand(command: MenuCommand): void {
  seq += 1;
  update({ open: true, request: { command, seq } });
}

/** The owner of `command` takes the waiting request (true when there was one) and runs it. */
export function takeMenuCommand(command: MenuCommand): boolean {
  if (state.request?.command !== command) return false;
  update({ request: undefined });
  return true;
}

/** Shows why an example did not open, in the menu (opened so it is seen); '' clears it. */
export function showExampleError(message: string): void {
  update(message ? { open: true, exampleError: message } : { exampleError: '' });
}
