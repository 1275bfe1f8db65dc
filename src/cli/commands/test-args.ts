/**
 * Arguments of `dialplan test`, declared once in `TEST_OPTIONS` (name, value, help) so that a shared
 * option parser or help screen can take them over as they are.
 */
import { UsageError } from '../io.ts';

export const TEST_OPTIONS = [
  {
    name: '--tests',
    value: 'T',
    help: 'the tests file (default: FILE with .xml replaced by .tests.json)',
  },
  { name: '--json', help: 'print {"passed", "failed", "tests": […], "coverage"?} as JSON' },
  { name: '--junit', value: 'OUT', help: 'also write JUnit XML to OUT' },
  { name: '--coverage', help: 'report the branches no test takes' },
  { name: '--generate', help: 'print a tests file that covers every reachable branch' },
  {
    name: '--out',
    value: 'T',
    help: 'with --generate: write the tests file to T instead of stdout',
  },
] as const;

type OptionName = (typeof TEST_OPTIONS)[number]['name'];

export const TEST_USAGE = `usage: dialplan test FILE ${TEST_OPTIONS.map((o) =>
  'value' in o ? `[${o.name} ${o.value}]` : `[${o.name}]`,
).join(' ')}`;

export interface TestArgs {
  file: string;
  tests: string;
  json: boolean;
  junit?: string;
  coverage: boolean;
  generate: boolean;
  out?: string;
}

function fail(message: string): never {
  throw new UsageError(`${message}. ${TEST_USAGE}`);
}

/** The tests file the CLI looks for beside a dialplan: `poll.xml` → `poll.tests.json`. */
export function defaultTestsFile(file: string): string {
  return `${file.replace(/\.xml$/i, '')}.tests.json`;
}

export function parseTestArgs(args: readonly string[]): TestArgs {
  const files: string[] = [];
  const given = new Map<OptionName, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const option = TEST_OPTIONS.find((o) => o.name === name);
    if (!option) fail(`unknown option '${arg}'`);
    if (given.has(option.name)) fail(`${option.name} is given twice`);
    let value = '';
    if ('value' in option) {
      const next = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (next === undefined || next === '') fail(`${option.name} needs ${option.value}`);
      value = next;
    } else if (eq > 0) fail(`${option.name} takes no value`);
    given.set(option.name, value);
  }
  const [file, ...extra] = files;
  if (file === undefined || extra.length > 0) fail('expected one FILE');
  const generate = given.has('--generate');
  if (generate) {
    const clash = (['--tests', '--json', '--junit', '--coverage'] as const).find((o) =>
      given.has(o),
    );
    if (clash) fail(`--generate cannot be combined with ${clash}`);
  } else if (given.has('--out')) fail('--out only goes with --generate');
  return {
    file,
    tests: given.get('--tests') ?? defaultTestsFile(file),
    json: given.has('--json'),
    coverage: given.has('--coverage'),
    generate,
    ...(given.has('--junit') ? { junit: given.get('--junit') } : {}),
    ...(given.has('--out') ? { out: given.get('--out') } : {}),
  };
}
