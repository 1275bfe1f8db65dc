/** The options of `dialplan format`, declared once: parsing and help both read them. */
import { defineCommand, parseCommand, usageError } from '../args.ts';

export const FORMAT = defineCommand({
  name: 'format',
  summary: 'print the canonical form of a dialplan (2-space indent, comments kept)',
  usage: 'dialplan format [options] FILE',
  description:
    'Prints FILE in its canonical form: 2-space indent, attributes as written, comments kept, prompt ' +
    'text unchanged. A file with XML syntax or encoding errors is not formatted: its diagnostics go to ' +
    'standard error.',
  arguments: [['FILE', 'a dialplan XML file (- for standard input)']],
  options: {},
  exitCodes: [
    [0, 'formatted text printed'],
    [1, 'the file has XML syntax or encoding errors'],
    [2, 'usage error or a file that cannot be read'],
  ],
  example: 'dialplan format poll.xml > poll.formatted.xml',
  run: async () => (await import('./format.ts')).formatCommand,
});

/** The one FILE of `dialplan format`. */
export function formatFile(args: readonly string[]): string {
  const [file, ...extra] = parseCommand(FORMAT, args).positionals;
  if (file === undefined || extra.length > 0) usageError(FORMAT, 'give exactly one file');
  return file;
}
