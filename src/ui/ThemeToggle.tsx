import { Segmented } from './Segmented.tsx';
import { THEME_CHOICES, chooseTheme } from './theme.ts';
import { useThemeChoice } from './useTheme.ts';

const LABELS = { system: 'System', light: 'Light', dark: 'Dark' } as const;
const TITLES = {
  system: 'Theme: follow the system’s light or dark setting',
  light: 'Theme: always light',
  dark: 'Theme: always dark',
} as const;
/** Drawn small in the header; the names stay System, Light and Dark. */
const GLYPHS = { system: '◐', light: '☀', dark: '☾' } as const;

/** System / Light / Dark, a segmented control named "Theme" (the choice is remembered). */
export function ThemeToggle() {
  return (
    <Segmented
      label="Theme"
      className="theme-toggle"
      options={THEME_CHOICES}
      value={useThemeChoice()}
      onChange={chooseTheme}
      labels={LABELS}
      titles={TITLES}
      glyphs={GLYPHS}
    />
  );
}
