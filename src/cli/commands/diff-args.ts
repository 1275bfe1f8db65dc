/** The options of `dialplan diff`, declared once: parsing and help both read them. */
import { defineCommand, parseCommand, usageError } from '../args.ts';

export const DIFF = defineCommand({
  name: 'diff',
  summary: 'what changed between two dialplans, element by element',
  usage: 'dialplan diff [options] OLD NEW',
  description:
    'Compares the trees, not the lines: formatting, attribute order and comments are not changes. ' +
    'Each change is one line (added, removed, renamed, moved, changed) with the element and its line ' +
    'in OLD and NEW. A file that does not parse cannot be compared: its errors go to standard error.',
  arguments: [
    ['OLD', 'the dialplan before'],
    ['NEW', 'the dialplan after'],
  ],
  options: {
    json: {
      type: 'boolean',
      description: 'print {"same", "changes": [{kind, tag, name, path, field, old, new, …}]}',
    },
  },
  exitCodes: [
    [0, 'the trees are the same'],
    [1, 'they differ'],
    [2, 'usage error, unreadable file, bad encoding or malformed XML'],
  ],
  example: 'dialplan diff poll-v1.xml poll-v2.xml',
  run: async () => (await import('./diff.ts')).diffCommand,
});

export function parseDiffArgs(args: readonly string[]): { files: [string, string]; json: boolean } {
  const { values, positionals } = parseCommand(DIFF, args);
  const [before, after, ...extra] = positionals;
  if (before === undefined || after === undefined || extra.length > 0)
    usageError(DIFF, 'give exactly two files');
  return { files: [before, after], json: values.json === true };
}
