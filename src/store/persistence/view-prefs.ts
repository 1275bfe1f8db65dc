/**
 * How the user likes the studio laid out (pane layout, word wrap in the XML), remembered in
 * localStorage across reloads. Not document state: never in undo history or autosave. Reads fall back to
 * the default when storage is missing, blocked or holds something unknown. A preference that could not
 * be written is not work lost, so it raises no "NOT saved" alert: it lasts until the page closes.
 */
import { PANE_LAYOUT_KEY, WORD_WRAP_KEY } from './keys.ts';

export const PANE_LAYOUTS = ['Design', 'Split', 'XML'] as const;
export type PaneLayout = (typeof PANE_LAYOUTS)[number];

export function readPaneLayout(): PaneLayout {
  const saved = read(PANE_LAYOUT_KEY);
  return PANE_LAYOUTS.find((l) => l === saved) ?? 'Split';
}

export function savePaneLayout(layout: PaneLayout): void {
  write(PANE_LAYOUT_KEY, layout);
}

/** Word wrap is on unless the user turned it off. */
export function readWordWrap(): boolean {
  return read(WORD_WRAP_KEY) !== 'off';
}

export function saveWordWrap(on: boolean): void {
  write(WORD_WRAP_KEY, on ? 'on' : 'off');
}

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage blocked (private mode, sandboxed frame): defaults
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // storage full or blocked: the choice lasts until the page closes
  }
}
