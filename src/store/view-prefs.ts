/**
 * How the user likes the studio laid out (pane layout, word wrap in the XML), remembered in
 * localStorage across reloads. Not document state: never in undo history or autosave. Reads fall back to
 * the default when storage is missing, blocked or holds something unknown.
 */
export const PANE_LAYOUTS = ['Design', 'Split', 'XML'] as const;
export type PaneLayout = (typeof PANE_LAYOUTS)[number];

const LAYOUT_KEY = 'dialplan-studio:pane-layout:v1';
const WRAP_KEY = 'dialplan-studio:xml-word-wrap:v1';

export function readPaneLayout(): PaneLayout {
  const saved = read(LAYOUT_KEY);
  return PANE_LAYOUTS.find((l) => l === saved) ?? 'Split';
}

export function savePaneLayout(layout: PaneLayout): void {
  write(LAYOUT_KEY, layout);
}

/** Word wrap is on unless the user turned it off. */
export function readWordWrap(): boolean {
  return read(WRAP_KEY) !== 'off';
}

export function saveWordWrap(on: boolean): void {
  write(WRAP_KEY, on ? 'on' : 'off');
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
