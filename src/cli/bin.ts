/**
 * The process side of `dialplan`: real stdout/stderr, whether stdout is a terminal, and NO_COLOR. The
 * build compiles this file to dist-node/cli.js; bin/dialplan.js starts it.
 */
import { colourAllowed } from './colour.ts';
import { runCli } from './main.ts';

const tty = process.stdout.isTTY === true;
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: tty,
  color: colourAllowed(tty, process.env),
});
