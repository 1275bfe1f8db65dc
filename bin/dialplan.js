#!/usr/bin/env node
// The `dialplan` command. An installed package runs the compiled JavaScript in dist-node/ (built by
// `npm run build:cli`, run by `npm pack`); a checkout of the repository, which has the TypeScript
// sources beside this file, runs them through tsx (a dev dependency) so that edits need no build.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/bin.ts', import.meta.url);
if (existsSync(source)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(source.href);
} else {
  await import('../dist-node/cli.js');
}
