import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyboardTableMarkdown, keyboardTableRows } from '../../features/commands/shortcuts.ts';
import './registry.ts'; // registers the actions the table lists

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The rows of the first table under "## Keyboard and accessibility", cells unescaped. */
function readmeRows(): string[][] {
  const section = readme.split(/^## Keyboard and accessibility$/m)[1]?.split(/^## /m)[0] ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .slice(2)
    .map((l) =>
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replace(/\\(.)/g, '$1')),
    );
}

describe("README's keyboard table", () => {
  it('lists exactly the registry and widget shortcuts (regenerate it with keyboardTableMarkdown)', () => {
    // on failure, paste the table printed here into README.md
    expect(readmeRows(), `README table should be:\n${keyboardTableMarkdown()}`).toEqual(
      keyboardTableRows(),
    );
  });

  it('has a row for every registry shortcut', () => {
    const keys = keyboardTableRows().map((r) => r[0]);
    for (const shortcut of ['Ctrl+Shift+P', 'F6', 'Shift+F6', 'Ctrl+K', 'Ctrl+Z', '?']) {
      expect(keys).toContain(shortcut);
    }
  });
});
