/**
 * `dialplan lsp`: runs the language server (src/lsp/server.ts) over stdio. The promise settles only when
 * the stream ends; the protocol's `exit` notification ends the process itself (exit 0 after
 * `shutdown`, else 1).
 */
import { StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startLanguageServer } from '../../lsp/server.ts';
import type { CliIo } from '../io.ts';
import { parseLspArgs } from './lsp-args.ts';

export async function lspCommand(args: string[], _io: CliIo): Promise<number> {
  parseLspArgs(args);
  const connection = startLanguageServer(
    new StreamMessageReader(process.stdin),
    new StreamMessageWriter(process.stdout),
  );
  return new Promise((resolve) => connection.onExit(() => resolve(0)));
}
