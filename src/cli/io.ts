import { readFileSync } from 'node:fs';
import { decodeDialplanBytes, type DecodedFile, type Diagnostic } from '../core/index.ts';
import { paint } from './colour.ts';
import { UsageError } from './usage-error.ts';

/** What a command may do to the outside world; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** stdout is a terminal: commands print for a person (simulate's transcript) rather than JSON. */
  isTTY?: boolean;
  /** Colour allowed: a terminal and no NO_COLOR in the environment. */
  color?: boolean;
}

// Its own light module, so that argument parsing and help load no core.
export { UsageError };

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

/** One diagnostic in the compiler-style form editors and CI understand; `color` paints the severity. */
export function diagnosticLine(file: string, d: Diagnostic, color?: boolean): string {
  const message = d.message.replace(/\s*\n\s*/g, ' ');
  const severity = paint(color, d.severity === 'error' ? 'red' : 'yellow', d.severity);
  return `${file}:${d.range.start.line}:${d.range.start.column}: ${severity}: ${message} [${d.ruleId}]\n`;
}
