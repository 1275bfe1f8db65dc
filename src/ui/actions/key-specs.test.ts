import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts, formatShortcut, matchesShortcut, parseShortcut } from './key-specs.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrl' | 'alt' | 'shift' | 'meta', boolean>> = {},
  code?: string,
) => ({
  key: k,
  ...(code === undefined ? {} : { code }),
  ctrlKey: mods.ctrl ?? false,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  metaKey: mods.meta ?? false,
});

describe('matchesShortcut', () => {
  it('takes Ctrl or ⌘ for Mod, and no other modifier', () => {
    expect(matchesShortcut('Mod+Z', key('z', { ctrl: true }))).toBe(true);
    expect(matchesShortcut('Mod+Z', key('z', { meta: true }))).toBe(true);
    expect(matchesShortcut('Mod+Z', key('z'))).toBe(false);
    expect(matchesShortcut('Mod+Z', key('Z', { ctrl: true, shift: true }))).toBe(false);
    expect(matchesShortcut('Mod+Z', key('z', { ctrl: true, alt: true }))).toBe(false);
  });

  it('needs the Shift a letter spec says, ignoring the case the key reports', () => {
    expect(matchesShortcut('Mod+Shift+P', key('P', { ctrl: true, shift: true }))).toBe(true);
    expect(matchesShortcut('Mod+Shift+P', key('p', { ctrl: true }))).toBe(false);
  });

  it('leaves Shift to the layout for a symbol key', () => {
    expect(matchesShortcut('Shift+?', key('?', { shift: true }))).toBe(true);
    expect(matchesShortcut('Shift+?', key('?'))).toBe(true);
    expect(matchesShortcut('Shift+?', key('?', { ctrl: true }))).toBe(false);
  });

  it('matches letters and digits by physical key when the layout changes the character', () => {
    expect(matchesShortcut('Alt+Shift+1', key('!', { alt: true, shift: true }, 'Digit1'))).toBe(
      true,
    );
    expect(matchesShortcut('Ctrl+Alt+N', key('ñ', { ctrl: true, alt: true }, 'KeyN'))).toBe(true);
    expect(matchesShortcut('Alt+Shift+1', key('@', { alt: true, shift: true }, 'Digit2'))).toBe(
      false,
    );
  });

  it('takes a digit typed with Shift (AZERTY) as the digit, but not Shift+1 for a digit spec', () => {
    expect(matchesShortcut('1', key('1', { shift: true }, 'Digit1'))).toBe(true);
    expect(matchesShortcut('1', key('!', { shift: true }, 'Digit1'))).toBe(false);
    expect(matchesShortcut('#', key('#', { shift: true }, 'Digit3'))).toBe(true);
    expect(matchesShortcut('3', key('#', { shift: true }, 'Digit3'))).toBe(false);
  });

  it('matches named keys with and without Shift as written', () => {
    expect(matchesShortcut('F6', key('F6'))).toBe(true);
    expect(matchesShortcut('F6', key('F6', { shift: true }))).toBe(false);
    expect(matchesShortcut('Shift+F6', key('F6', { shift: true }))).toBe(true);
    expect(matchesShortcut('Enter', key('Enter'))).toBe(true);
  });
});

describe('parseShortcut', () => {
  it('refuses an unknown modifier or a missing key', () => {
    expect(() => parseShortcut('Hyper+Z')).toThrow('Unknown modifier');
    expect(() => parseShortcut('Ctrl+')).toThrow('No key');
  });
});

describe('formatShortcut and ariaKeyShortcuts', () => {
  it('reads as Ctrl on PCs and with symbols on a Mac', () => {
    expect(formatShortcut('Mod+Shift+P')).toBe('Ctrl+Shift+P');
    expect(formatShortcut('Mod+Shift+P', true)).toBe('⇧⌘P');
    expect(formatShortcut('Shift+?')).toBe('?');
    expect(formatShortcut('Ctrl+Alt+N')).toBe('Ctrl+Alt+N');
  });

  it('uses the WAI-ARIA modifier names', () => {
    expect(ariaKeyShortcuts(['Mod+Shift+Z', 'Mod+Y'])).toBe('Control+Shift+Z Control+Y');
    expect(ariaKeyShortcuts(['Shift+?'])).toBe('?');
  });
});
