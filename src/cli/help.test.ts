import { describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from './main.ts';
import type { CommandSpec } from './args.ts';
import { commandHelp } from './help.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/** Every registered command: a command added to main.ts is checked here without a new line. */
const SPECS: readonly CommandSpec[] = COMMANDS;

describe('dialplan --help', () => {
  it('knows every command', () => {
    const names = SPECS.map((s) => s.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'validate',
        'format',
        'simulate',
        'export',
        'diff',
        'results',
        'calls',
        'lsp',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('lists every command with one line each', async () => {
    const { code, stdout, stderr } = await run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const spec of SPECS)
      expect(stdout).toMatch(new RegExp(`^  ${spec.name} +${spec.summary.slice(0, 20)}`, 'm'));
    expect(stdout).toMatch(/^ {2}help +/m);
    expect((await run(['help'])).stdout).toBe(stdout);
    expect((await run(['-h'])).stdout).toBe(stdout);
  });

  it('without a command prints a short usage on stderr and exits 2', async () => {
    const { code, stdout, stderr } = await run([]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("'dialplan --help' lists the commands");
  });

  it('--version prints the package version', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\S*\n$/);
  });
});

describe.each(SPECS.map((s) => [s.name, s] as const))('dialplan %s help', (name, spec) => {
  it('is the same for `help CMD`, `CMD --help` and `CMD -h`, and names every option', async () => {
    const viaHelp = await run(['help', name]);
    const viaFlag = await run([name, '--help']);
    const viaShort = await run([name, 'x.xml', '-h']);
    expect(viaHelp.code).toBe(0);
    expect(viaHelp.stdout).toBe(commandHelp(spec));
    expect(viaFlag).toEqual(viaHelp);
    expect(viaShort).toEqual(viaHelp);
    const text = viaHelp.stdout;
    expect(text).toMatch(new RegExp(`^usage: dialplan ${name}`));
    for (const [option, o] of Object.entries(spec.options)) {
      expect(text).toContain(`--${option}`);
      expect(text).toContain(o.description.slice(0, 30));
    }
    expect(text).toMatch(/Exit codes:\n {2}0 +\S/);
    expect(text).toMatch(/\n {2}2 +usage error/);
    expect(text).toMatch(new RegExp(`Example:\\n.*dialplan ${name} `));
  });
});

describe('mistakes', () => {
  it.each([
    [['simulate', 'poll.xml', '--amdd', 'live'], "unknown option '--amdd' (did you mean --amd?)"],
    [['simulate', 'poll.xml', '--inptu=1'], "unknown option '--inptu' (did you mean --input?)"],
    [['results', 'a.json', '--jsno'], "unknown option '--jsno' (did you mean --json?)"],
    [['diff', 'a', 'b', '--hepl'], "unknown option '--hepl' (did you mean --help?)"],
    [['validate', '--strict', 'x.xml'], "unknown option '--strict'. usage: dialplan validate"],
    [['diff', 'a', 'b', '--json=yes'], '--json takes no value'],
    [['simulat', 'x.xml'], "unknown command 'simulat' (did you mean simulate?)"],
    [['help', 'valdate'], "unknown command 'valdate' (did you mean validate?)"],
  ])('%j → exit 2 with one line: %s', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });

  it('a -- ends the options: what follows is a file, even --help', async () => {
    const { code, stderr } = await run(['validate', '--', '--help']);
    expect(code).toBe(2);
    expect(stderr).toContain("cannot read '--help'");
  });
});
