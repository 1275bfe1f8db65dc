import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';

const css = readFileSync(new URL('./tokens.css', import.meta.url), 'utf8');

/** Each `--name: light-dark(#light, #dark)` of tokens.css, per theme. */
function themes(): { light: Map<string, string>; dark: Map<string, string> } {
  const light = new Map<string, string>();
  const dark = new Map<string, string>();
  for (const m of css.matchAll(
    /(--[\w-]+):\s*light-dark\(\s*(#[0-9a-f]+)\s*,\s*(#[0-9a-f]+)\s*\)/gi,
  )) {
    light.set(m[1]!, m[2]!);
    dark.set(m[1]!, m[3]!);
  }
  return { light, dark };
}

/** Text on backgrounds: 4.5:1 (WCAG AA, normal text). */
const TEXT_PAIRS: [string, string][] = [
  ['--color-text', '--color-bg'],
  ['--color-text', '--color-surface'],
  ['--color-text', '--color-surface-2'],
  ['--color-text', '--color-accent-soft'],
  ['--color-text', '--color-danger-soft'],
  ['--color-text', '--color-success-soft'],
  ['--color-text', '--color-warning-soft'],
  ['--color-text-muted', '--color-bg'],
  ['--color-text-muted', '--color-surface'],
  ['--color-text-muted', '--color-surface-2'],
  ['--color-accent', '--color-surface'],
  ['--color-accent', '--color-bg'],
  ['--color-accent', '--color-accent-soft'],
  ['--color-accent-text', '--color-accent'],
  ['--color-accent-text', '--color-accent-hover'],
  ['--color-accent-text', '--color-danger'],
  ['--color-accent-text', '--color-danger-hover'],
  ['--color-danger', '--color-surface'],
  ['--color-danger', '--color-bg'],
  ['--color-danger', '--color-danger-soft'],
  ['--color-success', '--color-surface'],
  ['--color-success', '--color-success-soft'],
  ['--color-warning', '--color-surface'],
  ['--color-warning', '--color-warning-soft'],
  ['--color-note-text', '--color-note'],
  ['--color-chrome-text', '--color-chrome'],
];

/** Control edges and the focus ring against what they sit on: 3:1 (WCAG 1.4.11). */
const UI_PAIRS: [string, string][] = [
  ['--color-border-strong', '--color-surface'],
  ['--color-border-strong', '--color-bg'],
  ['--color-focus', '--color-surface'],
  ['--color-focus', '--color-bg'],
  ['--color-focus', '--color-surface-2'],
  ['--color-accent', '--color-surface-2'],
];

describe('contrastRatio', () => {
  it('gives the WCAG figures for known pairs', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ffffff', '#777777')).toBeCloseTo(4.48, 2);
  });
});

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const tokens = themes()[theme];
  const colour = (name: string) => {
    const value = tokens.get(name);
    if (!value) throw new Error(`${name} is not a light-dark() hex token in tokens.css`);
    return value;
  };

  it.each(TEXT_PAIRS)('%s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(colour(fg), colour(bg))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(UI_PAIRS)('%s against %s is at least 3:1', (fg, bg) => {
    expect(contrastRatio(colour(fg), colour(bg))).toBeGreaterThanOrEqual(3);
  });
});

describe('the themes', () => {
  it('are told apart by color-scheme: the system until data-theme says otherwise', () => {
    expect(css).toMatch(/:root\s*{[^}]*color-scheme:\s*light dark;/);
    expect(css).toMatch(/html\[data-theme='light'\]\s*{\s*color-scheme:\s*light;/);
    expect(css).toMatch(/html\[data-theme='dark'\]\s*{\s*color-scheme:\s*dark;/);
  });

  it('the dark theme is dark and the light one light', () => {
    const { light, dark } = themes();
    expect(contrastRatio(light.get('--color-surface')!, '#000')).toBeGreaterThan(15);
    expect(contrastRatio(dark.get('--color-surface')!, '#fff')).toBeGreaterThan(15);
  });
});
