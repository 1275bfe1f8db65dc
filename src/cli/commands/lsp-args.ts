/** The options of `dialplan lsp`, declared once: parsing and help both read them. */
import { defineCommand, parseCommand, usageError } from '../args.ts';

export const LSP = defineCommand({
  name: 'lsp',
  summary: 'a language server over stdio, for any editor (diagnostics, completion, rename, …)',
  usage: 'dialplan lsp [--stdio]',
  description:
    'Speaks the Language Server Protocol on standard input and output: diagnostics with the ' +
    "validator's rule ids, completion of tags, attributes, values and goto targets, hover with the " +
    'tag reference, go to definition and find references for element names, rename of an element ' +
    'with its gotos, and formatting. Start it from the editor, not by hand; see the README for ' +
    'VS Code, Neovim and Helix.',
  options: {
    stdio: { type: 'boolean', description: 'talk over stdio (the default and only transport)' },
  },
  exitCodes: [
    [0, 'the editor asked the server to shut down, then to exit'],
    [1, 'the editor exited the server without asking it to shut down first'],
    [2, 'usage error'],
  ],
  example: 'dialplan lsp --stdio',
  run: async () => (await import('./lsp.ts')).lspCommand,
});

export function parseLspArgs(args: readonly string[]): void {
  const { positionals } = parseCommand(LSP, args);
  if (positionals.length > 0) usageError(LSP, `unexpected argument '${positionals[0]}'`);
}
