import { readFileSync } from 'node:fs';
import { decodeDialplanBytes, type DecodedFile, type Diagnostic } from '../core/index.ts';

/** What a command may do to the outside world; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A usage error or an unreadable file: exit 2 with one line (simulator-semantics.md §5). */
export class UsageError extends Error {}

export type Command = (args: string[], io: CliIo) => Promise<number>;

/**
 * Reads a dialplan file (`-` is stdin) as bytes and decodes it with the core's rules: invalid UTF-8 and
 * UTF-16 come back as `encoding` diagnostics with positions, never as silently altered text. An
 * unreadable file is a one-line usage error.
 */
export function readDialplanFile(file: string): DecodedFile {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read '${file}' (${reason})`);
  }
  return decodeDialplanBytes(bytes);
}

/** One diagnostic in the compiler-style form editors and CI understand. */
export function diagnosticLine(file: string, d: Diagnostic): string {
  const message = d.message.replace(/\s*\n\s*/g, ' ');
  return `${file}:${d.range.start.line}:${d.range.start.column}: ${d.severity}: ${message} [${d.ruleId}]\n`;
}
