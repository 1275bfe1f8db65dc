import { describe, expect, it, vi } from 'vitest';

vi.mock('../../ui/monaco/monaco-setup.ts', () => ({ monaco: {} }));
const { editorThemeFor } = await import('./editor-themes.ts');

describe('editorThemeFor', () => {
  it('follows the studio when nothing was chosen', () => {
    expect(editorThemeFor('light', null)).toBe('studio-light');
    expect(editorThemeFor('dark', null)).toBe('studio-dark');
  });

  it('keeps the switch’s choice while the studio keeps the theme it was made under', () => {
    expect(editorThemeFor('light', 'studio-dark@light')).toBe('studio-dark');
    expect(editorThemeFor('dark', 'studio-light@dark')).toBe('studio-light');
  });

  it('follows the studio again once the studio’s theme changes', () => {
    expect(editorThemeFor('dark', 'studio-dark@light')).toBe('studio-dark');
    expect(editorThemeFor('light', 'studio-light@dark')).toBe('studio-light');
    expect(editorThemeFor('dark', 'studio-light@light')).toBe('studio-dark');
  });

  it('reads a choice stored before the studio had themes as made under the light one', () => {
    expect(editorThemeFor('light', 'studio-dark')).toBe('studio-dark');
    expect(editorThemeFor('dark', 'studio-light')).toBe('studio-dark');
    expect(editorThemeFor('light', 'nonsense@light')).toBe('studio-light');
  });
});
