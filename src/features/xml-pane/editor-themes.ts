/**
 * The XML editor's two themes, chosen for WCAG AA (≥ 4.5:1 for every token and the line numbers
 * against their background; Monaco's own `vs` gives attribute names 3.99:1 and line numbers 1.75:1).
 * Ratios are against #ffffff (light) and #1e1e1e (dark).
 */
import { monaco } from '../../ui/monaco/monaco-setup.ts';
import type { Theme } from '../../ui/theme.ts';

export type EditorTheme = 'studio-light' | 'studio-dark';

const THEME_KEY = 'dialplan-studio:editor-theme';

export function defineEditorThemes(): void {
  monaco.editor.defineTheme('studio-light', {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'tag', foreground: '800000' }, // 10.9:1
      { token: 'metatag', foreground: '800000' },
      { token: 'attribute.name', foreground: 'b00000' }, // 7.5:1
      { token: 'attribute.value', foreground: '0033b3' }, // 8.6:1
      { token: 'delimiter', foreground: '4a4f57' }, // 8.3:1
      { token: 'comment', foreground: '2f6b1f', fontStyle: 'italic' }, // 6.5:1
      { token: 'comment.content', foreground: '2f6b1f', fontStyle: 'italic' },
      { token: 'string.escape', foreground: '6f3fb3' }, // 6.3:1
    ],
    colors: {
      'editor.foreground': '#1c2430',
      'editorLineNumber.foreground': '#5b6472', // 6.0:1
      'editorLineNumber.activeForeground': '#1c2430',
      // the number of the empty line after a final newline
      'editorLineNumber.dimmedForeground': '#5b6472',
    },
  });
  monaco.editor.defineTheme('studio-dark', {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'tag', foreground: '6cb6ff' }, // 7.9:1
      { token: 'metatag', foreground: '6cb6ff' },
      { token: 'attribute.name', foreground: '9cdcfe' }, // 11.4:1
      { token: 'attribute.value', foreground: 'ffab70' }, // 9.1:1
      { token: 'delimiter', foreground: 'b0b0b0' }, // 8.0:1
      { token: 'comment', foreground: '8cc476', fontStyle: 'italic' }, // 8.5:1
      { token: 'comment.content', foreground: '8cc476', fontStyle: 'italic' },
      { token: 'string.escape', foreground: 'd7ba7d' },
    ],
    colors: {
      'editor.background': '#1e1e1e',
      'editor.foreground': '#e6e6e6',
      'editorLineNumber.foreground': '#a0a0a0', // 6.4:1
      'editorLineNumber.activeForeground': '#e6e6e6',
      'editorLineNumber.dimmedForeground': '#a0a0a0',
    },
  });
}

/**
 * The editor follows the studio's theme (ui/theme.ts). The status line's "Dark editor" switch can set
 * it apart (a dark editor in the light studio, or the reverse); that choice is kept with the studio theme
 * it was made under and holds only while the studio keeps that theme, so changing the studio's theme
 * brings the editor along. Stored as `studio-dark@light`; a plain `studio-dark` (before the studio had
 * themes) was made under the light one.
 */
export function editorThemeFor(studio: Theme, saved: string | null): EditorTheme {
  const follow: EditorTheme = studio === 'dark' ? 'studio-dark' : 'studio-light';
  if (!saved) return follow;
  const [editor, under = 'light'] = saved.split('@');
  if (under !== studio || (editor !== 'studio-dark' && editor !== 'studio-light')) return follow;
  return editor;
}

/** The stored "Dark editor" choice (null: none; the editor follows the studio). */
export function savedEditorChoice(): string | null {
  try {
    return localStorage.getItem(THEME_KEY);
  } catch {
    return null;
  }
}

/** Remembers the switch's choice under the studio's theme; returns the value kept (null: follow). */
export function saveEditorTheme(theme: EditorTheme, studio: Theme): string | null {
  const choice = editorThemeFor(studio, null) === theme ? null : `${theme}@${studio}`;
  try {
    if (choice === null) localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // storage refused (private mode, quota): the choice lasts for this page only
  }
  return choice;
}
