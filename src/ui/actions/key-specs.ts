/**
 * Key specs as the registry writes them (`Mod+Z`, `Shift+?`, `Ctrl+Alt+N`, `Alt+Shift+1`, `F6`) and the
 * one test of a key event against them. `Mod` is Ctrl or ⌘ (either works on every platform, as the
 * old listeners allowed). Letters and digits match by physical key too (`event.code`), so Alt+Shift+1
 * still matches where the layout turns it into `!` or `¡`. A symbol key (`?`), or a digit typed as itself,
 * ignores Shift, which the layout decides; a letter or a named key needs the Shift the spec says.
 */

/** What a key event carries that matching needs (a DOM KeyboardEvent fits). */
export interface KeyLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  metaKey: boolean;
}

interface ParsedSpec {
  key: string;
  mod: boolean;
  ctrl: boolean;
  alt: boolean;
  shift: boolean;
  meta: boolean;
}

const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift', 'Meta'] as const;

/** Splits `Ctrl+Shift+P` into its modifiers and key; the key is the part after the last `+` ("Mod++" = plus). */
export function parseShortcut(spec: string): ParsedSpec {
  const parts = spec.endsWith('++') ? [...spec.slice(0, -2).split('+'), '+'] : spec.split('+');
  const key = parts.pop() ?? '';
  const has = (m: (typeof MODIFIERS)[number]) => parts.includes(m);
  for (const part of parts) {
    if (!(MODIFIERS as readonly string[]).includes(part)) {
      throw new Error(`Unknown modifier "${part}" in shortcut "${spec}"`);
    }
  }
  if (key === '') throw new Error(`No key in shortcut "${spec}"`);
  return {
    key,
    mod: has('Mod'),
    ctrl: has('Ctrl'),
    alt: has('Alt'),
    shift: has('Shift'),
    meta: has('Meta'),
  };
}

const isAlnum = (key: string) => /^[a-z0-9]$/i.test(key);
const isSymbol = (key: string) => key.length === 1 && !isAlnum(key);

function keyMatches(spec: string, event: KeyLike): boolean {
  if (event.key.toLowerCase() === spec.toLowerCase()) return true;
  if (!isAlnum(spec) || event.code === undefined) return false;
  const code = /^[0-9]$/.test(spec) ? `Digit${spec}` : `Key${spec.toUpperCase()}`;
  return event.code === code;
}

/** Whether `event` is the shortcut `spec`, e.g. `matchesShortcut('Mod+Shift+P', event)`. */
export function matchesShortcut(spec: string, event: KeyLike): boolean {
  const s = parseShortcut(spec);
  if (!keyMatches(s.key, event)) return false;
  if (event.altKey !== s.alt) return false;
  // a digit typed as itself needs Shift on some layouts (AZERTY): the character is what counts
  const typedAsItself = !s.shift && /^[0-9]$/.test(s.key) && event.key === s.key;
  if (!isSymbol(s.key) && !typedAsItself && event.shiftKey !== s.shift) return false;
  if (s.mod) return event.ctrlKey || event.metaKey;
  return event.ctrlKey === s.ctrl && event.metaKey === s.meta;
}

/** The modifiers of a spec in the usual order; Shift is the layout's for a symbol key. */
function modifierNames(s: ParsedSpec, ctrl: 'Ctrl' | 'Control'): string[] {
  const names = [
    s.mod || s.ctrl ? ctrl : '',
    s.meta ? 'Meta' : '',
    s.alt ? 'Alt' : '',
    s.shift && !isSymbol(s.key) ? 'Shift' : '',
  ];
  return names.filter(Boolean);
}

/** How a shortcut reads to a person: `Ctrl+Shift+P`, or `⌘⇧P` on a Mac. */
export function formatShortcut(spec: string, mac = false): string {
  const s = parseShortcut(spec);
  const key = s.key.length === 1 ? s.key.toUpperCase() : s.key;
  if (mac) {
    const marks = `${s.ctrl ? '⌃' : ''}${s.alt ? '⌥' : ''}${s.shift ? '⇧' : ''}${s.mod || s.meta ? '⌘' : ''}`;
    return marks + key;
  }
  return [...modifierNames(s, 'Ctrl'), key].join('+');
}

/** The `aria-keyshortcuts` value (WAI-ARIA names: Control, Alt, Shift, Meta) for a list of specs. */
export function ariaKeyShortcuts(specs: readonly string[]): string {
  return specs
    .map((spec) => {
      const s = parseShortcut(spec);
      const key = s.key.length === 1 ? s.key.toUpperCase() : s.key;
      return [...modifierNames(s, 'Control'), key].join('+');
    })
    .join(' ');
}

/** Whether the page runs on a Mac (⌘ shown instead of Ctrl). */
export function isMacPlatform(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}
