/**
 * `dialplan` — check, format, simulate and export CallFire IVR dialplans from scripts and CI.
 * Each sub-command lives in its own file under ./commands and is registered here.
 */
import { UsageError, type CliIo, type Command } from './io.ts';

const USAGE =
  'usage: dialplan <validate|format|simulate|export|diff|results|calls|test> … (see README.md)';

/** Registered sub-commands. Each command module adds one line here. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./commands/validate.ts')).validateCommand,
  format: async () => (await import('./commands/format.ts')).formatCommand,
  export: async () => (await import('./commands/export.ts')).exportCommand,
  simulate: async () => (await import('./commands/simulate.ts')).simulateCommand,
  diff: async () => (await import('./commands/diff.ts')).diffCommand,
  results: async () => (await import('./commands/results.ts')).resultsCommand,
  calls: async () => (await import('./commands/calls-fetch.ts')).callsCommand,
  test: async () => (await import('./commands/test.ts')).testCommand,
};

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`dialplan: unknown command '${name}'. ${USAGE}\n`);
    return 2;
  }
  try {
    const command = await load();
    return await command(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`dialplan ${name}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
