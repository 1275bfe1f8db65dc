#!/usr/bin/env node
// The `dialplan` command. The CLI is written in TypeScript under src/cli; tsx compiles it on the fly so
// that `npx dialplan` works straight after `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
