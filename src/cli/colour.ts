/**
 * Colour for a person at a terminal, and only there: `CliIo.color` is set when stdout is a terminal and
 * NO_COLOR is unset or empty (https://no-color.org). Pipes, files and tests get plain text.
 */
const CODES = { red: 31, yellow: 33, green: 32, dim: 2, bold: 1 } as const;

export type Colour = keyof typeof CODES;

export function paint(on: boolean | undefined, colour: Colour, text: string): string {
  return on ? `\u001b[${CODES[colour]}m${text}\u001b[0m` : text;
}

/** `n thing` / `n things`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything but ''. */
export function colourAllowed(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return isTTY && (env['NO_COLOR'] ?? '') === '';
}
