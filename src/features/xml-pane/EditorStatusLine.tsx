import type { EditorTheme } from './editor-themes.ts';

interface EditorStatusLineProps {
  tabMovesFocus: boolean;
  theme: EditorTheme;
  onThemeChange: (theme: EditorTheme) => void;
}

/** Under the editor: what Tab does now (Ctrl+M switches) and the light/dark switch. */
export function EditorStatusLine({ tabMovesFocus, theme, onThemeChange }: EditorStatusLineProps) {
  const dark = theme === 'studio-dark';
  return (
    <div className="xml-status" data-theme={dark ? 'dark' : 'light'}>
      <span role="status" aria-live="polite">
        {tabMovesFocus
          ? 'Tab moves focus · Ctrl+M: Tab indents'
          : 'Tab indents · Ctrl+M: Tab moves focus'}
      </span>
      <button
        type="button"
        aria-pressed={dark}
        onClick={() => onThemeChange(dark ? 'studio-light' : 'studio-dark')}
      >
        Dark editor
      </button>
    </div>
  );
}
