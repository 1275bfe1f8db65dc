/**
 * The studio's start-up JavaScript: the entry script plus every chunk index.html preloads, gzipped —
 * what a first visit must download before the page runs (Monaco, panels and workers load later).
 *
 * The graph canvas is a chunk of its own whose fetch the entry starts as soon as it runs (see
 * docs/decisions/performance.md, "Start-up bundle"): `graphChunkGzipBytes` weighs it (and the chunks it
 * imports that start-up does not already hold), so both numbers can be reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The module whose chunk draws the graph (dynamically imported by src/app/App.tsx). */
const GRAPH_MODULE = 'src/features/graph/GraphView.tsx';

export function startupScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
}

function gzipBytes(distDir: string, files: Iterable<string>): number {
  let sum = 0;
  for (const file of files) sum += gzipSync(readFileSync(join(distDir, file)), { level: 9 }).length;
  return sum;
}

/** Gzipped bytes of the start-up scripts of a production build. */
export function startupGzipBytes(distDir: string): number {
  return gzipBytes(distDir, startupScripts(distDir));
}

interface ManifestChunk {
  file: string;
  imports?: string[];
}

/** The chunk files a module's chunk loads statically (itself included), from Vite's build manifest. */
function chunkClosure(manifest: Record<string, ManifestChunk>, key: string): Set<string> {
  const files = new Set<string>();
  const visit = (k: string) => {
    const chunk = manifest[k];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(key);
  return files;
}

/**
 * Gzipped bytes the graph canvas adds to start-up: its chunk and the chunks it imports statically that
 * are not start-up scripts already. 0 when the graph is part of the entry (no chunk of its own). Needs
 * a build made with `vite build --manifest`.
 */
export function graphChunkGzipBytes(distDir: string): number {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Record<string, ManifestChunk>;
  if (!manifest[GRAPH_MODULE]) return 0;
  const startup = new Set(startupScripts(distDir));
  const added = [...chunkClosure(manifest, GRAPH_MODULE)].filter((f) => !startup.has(f));
  return gzipBytes(distDir, added);
}
