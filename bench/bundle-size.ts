/**
 * The studio's start-up JavaScript, gzipped — what a first visit must download before the studio runs
 * (Monaco, panels and workers load later): the entry script, the chunks it imports at once (the entry
 * imports React DOM, then the studio a task later: src/main.tsx) and everything those load
 * statically. Read from Vite's build manifest (`vite build --manifest`).
 *
 * The graph canvas is a chunk of its own whose fetch the studio starts as soon as it runs (see
 * docs/decisions/performance.md, "Start-up bundle"): `graphChunkGzipBytes` weighs it (and the chunks it
 * imports that start-up does not already hold), so both numbers can be reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The module whose chunk draws the graph (dynamically imported by src/app/GraphChunk.tsx). */
const GRAPH_MODULE = 'src/features/graph/GraphView.tsx';

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function readManifest(distDir: string): Record<string, ManifestChunk> {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
}

/** The chunk files a module's chunk loads statically (itself included). */
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

export function startupScripts(distDir: string): string[] {
  const manifest = readManifest(distDir);
  const files = new Set<string>();
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isEntry) continue;
    for (const start of [key, ...(chunk.dynamicImports ?? [])])
      for (const file of chunkClosure(manifest, start)) files.add(file);
  }
  return [...files];
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

/**
 * Gzipped bytes the graph canvas adds to start-up: its chunk and the chunks it imports statically that
 * are not start-up scripts already. 0 when the graph is part of the entry (no chunk of its own). Needs
 * a build made with `vite build --manifest`.
 */
export function graphChunkGzipBytes(distDir: string): number {
  const manifest = readManifest(distDir);
  if (!manifest[GRAPH_MODULE]) return 0;
  const startup = new Set(startupScripts(distDir));
  const added = [...chunkClosure(manifest, GRAPH_MODULE)].filter((f) => !startup.has(f));
  return gzipBytes(distDir, added);
}
