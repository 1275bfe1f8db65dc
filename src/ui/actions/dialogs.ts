/**
 * Which studio dialog is open (New, Shortcuts, Find, the command palette): one at a time, opened by
 * actions from anywhere (a key, a button, the palette) and drawn by the component that owns it.
 */
import { useSyncExternalStore } from 'react';

export type StudioDialog = 'new' | 'shortcuts' | 'find' | 'commands';

let open: StudioDialog | undefined;
const listeners = new Set<() => void>();

export function openDialog(dialog: StudioDialog | undefined): void {
  open = dialog;
  for (const listener of listeners) listener();
}

export function closeDialog(): void {
  openDialog(undefined);
}

export function openDialogNow(): StudioDialog | undefined {
  return open;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The open dialog, re-rendering when it changes. */
export function useOpenDialog(): StudioDialog | undefined {
  return useSyncExternalStore(subscribe, openDialogNow, openDialogNow);
}
