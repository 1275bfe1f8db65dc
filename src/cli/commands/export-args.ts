/** The options of `dialplan export`, declared once: parsing and help both read them. */
import { defineCommand, parseCommand, usageError } from '../args.ts';

export const EXPORT = defineCommand({
  name: 'export',
  summary: 'print the POST /v2/calls/broadcasts body with dialplanXml set',
  usage: 'dialplan export [options] FILE',
  description:
    'Prints the CallBroadcast JSON body with dialplanXml set to the one-line form of FILE. Fields of ' +
    'the broadcast file win over the defaults; unknown ones (maxActive, …) are passed through. The ' +
    'body is printed even when the settings would be refused; the problems go to standard error.',
  arguments: [['FILE', 'a dialplan XML file (- for standard input)']],
  options: {
    broadcast: {
      type: 'string',
      value: 'FILE',
      description: 'a JSON object of broadcast settings (name, fromNumber, …) to merge in',
    },
  },
  exitCodes: [
    [0, 'body printed, nothing to report'],
    [
      1,
      'XML syntax or encoding errors, or settings the API would refuse (the body is still printed)',
    ],
    [2, 'usage error or a file that cannot be read'],
  ],
  example: 'dialplan export poll.xml --broadcast broadcast.json > body.json',
  run: async () => (await import('./export.ts')).exportCommand,
});

export interface ExportArgs {
  file: string;
  broadcast?: string;
}

export function parseExportArgs(args: readonly string[]): ExportArgs {
  const { values, positionals } = parseCommand(EXPORT, args);
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0) usageError(EXPORT, 'expected one FILE');
  return { file, broadcast: values.broadcast };
}
