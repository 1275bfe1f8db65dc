/** The options of `dialplan validate`, declared once: parsing and help both read them. */
import { defineCommand, parseCommand, usageError } from '../args.ts';

export const VALIDATE = defineCommand({
  name: 'validate',
  summary: 'check dialplans against the CallFire reference; one line per problem',
  usage: 'dialplan validate [options] FILE…',
  description:
    'Prints each problem as FILE:LINE:COL: error|warning: message [rule-id], the form editors and CI ' +
    'understand, then a summary line on standard error ("2 errors, 1 warning in 3 files"). Every file is read before ' +
    'anything is printed. Encoding problems (invalid UTF-8, UTF-16) come first, as `encoding` errors. ' +
    'FILE - reads standard input.',
  arguments: [['FILE…', 'one or more dialplan XML files (- for standard input)']],
  options: {},
  exitCodes: [
    [0, 'no errors (warnings may have been printed)'],
    [1, 'at least one error'],
    [2, 'usage error or a file that cannot be read'],
  ],
  example: 'dialplan validate dialplans/*.xml',
  run: async () => (await import('./validate.ts')).validateCommand,
});

/** The FILE arguments of `dialplan validate`. */
export function validateFiles(args: readonly string[]): string[] {
  const { positionals } = parseCommand(VALIDATE, args);
  if (positionals.length === 0) usageError(VALIDATE, 'no file given');
  return positionals;
}
