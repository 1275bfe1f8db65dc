#!/usr/bin/env node
// `npm run build:cli`: the publishable part of the package as JavaScript in dist-node/ — the `dialplan`
// command (cli.js), the core as a library (index.js, with .d.ts in dist-node/types/) and the language
// server (loaded by `dialplan lsp`). esbuild bundles each entry with code splitting, so a command loads
// only the chunks it needs; the runtime dependencies (package.json "dependencies") stay imports.
// The studio's own build (`npm run build`, Vite into dist/) is untouched.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const OUT = 'dist-node';
rmSync(OUT, { recursive: true, force: true });
const common = {
  outdir: OUT,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  legalComments: 'none',
  logLevel: 'warning',
};
// Two builds, so that no chunk is shared between the command and the library: each command's chunk
// then holds only the core it uses, and `dialplan --help` loads no core at all.
await build({ ...common, entryPoints: { cli: 'src/cli/bin.ts' }, chunkNames: 'cli/[name]-[hash]' });
await build({
  ...common,
  entryPoints: { index: 'src/core/index.ts' },
  chunkNames: 'lib/[name]-[hash]',
});
const tsc = spawnSync(
  process.execPath,
  ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.lib.json'],
  {
    stdio: 'inherit',
  },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// The sources import each other as './x.ts'; the published declarations say './x.js', as Node's
// module resolution (and every TypeScript `moduleResolution`) expects of a package.
for (const entry of readdirSync(`${OUT}/types`, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
  const path = join(entry.parentPath, entry.name);
  const text = readFileSync(path, 'utf8');
  writeFileSync(
    path,
    text.replace(/((?:from|import\()\s*['"]\.{1,2}\/[^'"]*)\.ts(['"])/g, '$1.js$2'),
  );
}
console.error(`built ${OUT}/cli.js, ${OUT}/index.js and ${OUT}/types/`);
