/**
 * The studio's start-up JavaScript: the entry script plus every chunk index.html preloads, gzipped —
 * what a first visit must download before the page runs (Monaco, panels and workers load later).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function startupScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
}

/** Gzipped bytes of the start-up scripts of a production build. */
export function startupGzipBytes(distDir: string): number {
  return startupScripts(distDir).reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length,
    0,
  );
}
