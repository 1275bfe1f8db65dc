/**
 * The size limit for a file opened in the studio, and the message that says a file is over it (it used
 * to read "This is not a dialplan", which sent people looking for a fault in a good file).
 */

/** Files over 5 MiB are refused before they are read. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

/** Why a file cannot be opened for its size, or undefined when it is small enough. */
export function fileSizeProblem(name: string, bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return (
    `${name} is ${formatSize(bytes)}, over the ${formatSize(MAX_IMPORT_BYTES)} limit for a file ` +
    'the studio opens. Nothing was replaced.'
  );
}
