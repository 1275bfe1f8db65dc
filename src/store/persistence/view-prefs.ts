/**
 * How the user likes the studio laid out (each mode's panes, word wrap in the XML), remembered in
 * localStorage across reloads. Not document state: never in undo history or autosave. Reads fall back to
 * the default when storage is missing, blocked or holds something unknown. A preference that could not
 * be written is not work lost, so it raises no "NOT saved" alert: it lasts until the page closes.
 */
import { WORD_WRAP_KEY } from './storage-keys.ts';

/** Word wrap is on unless the user turned it off. */
export function readWordWrap(): boolean {
  return read(WORD_WRAP_KEY) !== 'off';
}

export function saveWordWrap(on: boolean): void {
  write(WORD_WRAP_KEY, on ? 'on' : 'off');
}

/** Each mode's own panes (issue 25): is the XML shown, how wide it is, how wide the mode's panel is. */
export interface ModePanes {
  xml: boolean;
  xmlWidth: number;
  panelWidth: number;
  /** On a tablet, the panel's sheet under the graph as the person last left it (absent: open). */
  sheet?: 'open' | 'closed';
}

const MODE_PANES_KEY = 'dialplan-studio:mode-panes:v1';

/** What the person chose per mode (by mode name); anything unreadable is left out (the default applies). */
export function readModePanes(): Record<string, Partial<ModePanes>> {
  const raw = read(MODE_PANES_KEY);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (!parsed || typeof parsed !== 'object') return {};
    const out: Record<string, Partial<ModePanes>> = {};
    for (const [mode, v] of Object.entries(parsed as Record<string, unknown>)) {
      if (!v || typeof v !== 'object') continue;
      const { xml, xmlWidth, panelWidth, sheet } = v as Record<string, unknown>;
      out[mode] = {
        ...(typeof xml === 'boolean' ? { xml } : {}),
        ...(typeof xmlWidth === 'number' && xmlWidth > 0 ? { xmlWidth } : {}),
        ...(typeof panelWidth === 'number' && panelWidth > 0 ? { panelWidth } : {}),
        ...(sheet === 'open' || sheet === 'closed' ? { sheet } : {}),
      };
    }
    return out;
  } catch {
    return {};
  }
}

export function saveModePanes(panes: Record<string, ModePanes>): void {
  write(MODE_PANES_KEY, JSON.stringify(panes));
}

const GUIDE_KEY = 'dialplan-studio:guide:v1';

/** The first-step guide shows until the person dismisses it once. */
export function readGuideDismissed(): boolean {
  return read(GUIDE_KEY) === 'dismissed';
}

export function saveGuideDismissed(): void {
  write(GUIDE_KEY, 'dismissed');
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
