/**
 * The dev server (`npm start`) pre-bundles the packages it finds by scanning from index.html, and that
 * scan does not enter workers. A package only a worker imports is found on first use: the server then
 * re-optimises and reloads the page while lazy modules are loading, and the first `npm start` of a fresh
 * clone shows "Failed to fetch dynamically imported module" (it happened with elkjs). So every package a
 * worker reaches must be reached from the page too, or be listed in `optimizeDeps.include`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vite.config.ts';

const SRC = resolve(import.meta.dirname);
// `import x from 'y'`, `import 'y'`, `import('y')`, `export … from 'y'`; `import type` is erased
const IMPORT =
  /(?:^|\n)\s*(?:import(?!\s+type\b)[^'"]*?from\s*|import\s*|export[^'"]*?from\s*)['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The packages (bare specifiers) reachable from `entry` through relative imports. */
function packagesReachedFrom(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? '';
      if (spec.startsWith('.')) {
        if (/\.(ts|tsx)$/.test(spec)) queue.push(join(dirname(file), spec));
      } else if (!spec.startsWith('node:') && !spec.startsWith('/')) {
        packages.add(spec.replace(/\?.*$/, ''));
      }
    }
  }
  return packages;
}

function workerEntries(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return workerEntries(path);
    return entry.name.endsWith('.worker.ts') ? [path] : [];
  });
}

describe('packages the dev server pre-bundles', () => {
  const fromPage = packagesReachedFrom(join(SRC, 'main.tsx'));
  const included = new Set(config.optimizeDeps?.include ?? []);

  it.each(workerEntries(SRC).map((path) => [path.slice(SRC.length + 1), path]))(
    '%s: every package it imports is pre-bundled at start',
    (_name, path) => {
      const missing = [...packagesReachedFrom(path)].filter(
        (pkg) => !fromPage.has(pkg) && !included.has(pkg),
      );
      expect(missing, 'add these to optimizeDeps.include in vite.config.ts').toEqual([]);
    },
  );

  it('finds the layout worker reaching elkjs (the crawl follows relative imports)', () => {
    expect(packagesReachedFrom(join(SRC, 'features/graph/layout.worker.ts'))).toContain(
      'elkjs/lib/elk.bundled.js',
    );
  });
});
