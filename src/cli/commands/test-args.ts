/** The options of `dialplan test`, declared once: parsing and help both read them. */
import { defineCommand, parseCommand, usageError } from '../args.ts';

export const TEST = defineCommand({
  name: 'test',
  summary: 'run a .tests.json suite against a dialplan (CI), or generate one covering every branch',
  usage: 'dialplan test FILE [options]',
  description:
    'Runs every test of the suite (by default FILE with .xml replaced by .tests.json) as a simulated ' +
    'call and checks what each expects: responses, end, visits, notVisits, says, variables, transcript. ' +
    'A failure says what was expected, what happened and where. --generate prints a suite that takes ' +
    'every reachable branch instead.',
  arguments: [['FILE', 'the dialplan (.xml)']],
  options: {
    tests: {
      type: 'string',
      value: 'T',
      description: 'the tests file (default: FILE with .xml replaced by .tests.json)',
    },
    json: {
      type: 'boolean',
      description: 'print {"passed", "failed", "tests": […], "coverage"?} as JSON',
    },
    junit: { type: 'string', value: 'OUT', description: 'also write JUnit XML to OUT' },
    coverage: { type: 'boolean', description: 'report the branches no test takes' },
    generate: {
      type: 'boolean',
      description: 'print a tests file that covers every reachable branch',
    },
    out: {
      type: 'string',
      value: 'T',
      description: 'with --generate: write the tests file to T instead of stdout',
    },
  },
  exitCodes: [
    [0, 'every test passed (or the suite was generated)'],
    [1, 'a test failed'],
    [2, 'usage error, or a dialplan or tests file that cannot be read, parsed or checked'],
  ],
  example: 'dialplan test poll.xml --coverage',
  run: async () => (await import('./test.ts')).testCommand,
});

export interface TestArgs {
  file: string;
  tests: string;
  json: boolean;
  junit?: string;
  coverage: boolean;
  generate: boolean;
  out?: string;
}

/** The tests file the CLI looks for beside a dialplan: `poll.xml` → `poll.tests.json`. */
export function defaultTestsFile(file: string): string {
  return `${file.replace(/\.xml$/i, '')}.tests.json`;
}

export function parseTestArgs(args: readonly string[]): TestArgs {
  const { values, positionals } = parseCommand(TEST, args);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) usageError(TEST, 'expected one FILE');
  const generate = values.generate === true;
  if (generate) {
    const clash = (['tests', 'json', 'junit', 'coverage'] as const).find(
      (o) => values[o] !== undefined,
    );
    if (clash) usageError(TEST, `--generate cannot be combined with --${clash}`);
  } else if (values.out !== undefined) usageError(TEST, '--out only goes with --generate');
  return {
    file,
    tests: values.tests ?? defaultTestsFile(file),
    json: values.json === true,
    coverage: values.coverage === true,
    generate,
    ...(values.junit !== undefined ? { junit: values.junit } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}
