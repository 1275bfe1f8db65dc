import { useSyncExternalStore } from 'react';
import {
  currentTheme,
  currentThemeChoice,
  subscribeTheme,
  type Theme,
  type ThemeChoice,
} from './theme.ts';

/** The theme in effect, re-rendering when it changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribeTheme, currentTheme, () => 'light');
}

/** The person's choice, re-rendering when it changes. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribeTheme, currentThemeChoice, () => 'system');
}
