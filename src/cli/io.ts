/** What a command may do to the outside world; tests pass fakes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A usage error or an unreadable file: exit 2 with one line (simulator-semantics.md §5). */
export class UsageError extends Error {}

export type Command = (args: string[], io: CliIo) => Promise<number>;
