/** A usage error or an unreadable file: exit 2 with one line (simulator-semantics.md §5). */
export class UsageError extends Error {}
