/**
 * The studio's colour theme: the person's choice (System, Light or Dark), remembered in localStorage and
 * put on <html> as `data-theme` ("light" or "dark"; absent = follow the system). tokens.css turns that
 * into `color-scheme`, and every colour token follows it.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const THEME_KEY = 'dialplan-studio:theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

export function savedThemeChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(THEME_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Puts the choice on <html> (no attribute for System). */
export function applyThemeChoice(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Applies the choice and remembers it for the next visit. */
export function chooseTheme(choice: ThemeChoice): void {
  applyThemeChoice(choice);
  try {
    if (choice === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, choice);
  } catch {
    // storage refused (private mode, quota): the choice lasts for this page only
  }
}

export function currentThemeChoice(): ThemeChoice {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

/** The theme in effect: the choice, or the system's when the person has not chosen. */
export function currentTheme(): Theme {
  const choice = currentThemeChoice();
  if (choice !== 'system') return choice;
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

/** Calls `onChange` when the choice (the attribute on <html>) or the system's setting changes. */
export function subscribeTheme(onChange: () => void): () => void {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : undefined;
  media?.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', onChange);
  };
}

const REDUCED_MOTION_QUERY = '(prefers-reduced-motion: reduce)';

/** Whether the person asked for less motion (animated pans and zooms jump instead). */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia(REDUCED_MOTION_QUERY).matches;
}
