/**
 * The caller's answer to one menu as a token of `dialplan simulate --input` (simulator-semantics.md §5):
 * digits (optionally ending in `#`), `timeout`, or `hangup`. Saved test calls keep these tokens so they
 * replay on the command line and in the studio alike.
 */
import type { InputEvent } from '../../core/index.ts';

export function answerToken(keysPressed: string, input: InputEvent): string {
  if (input.timedOut && input.digits === '') return 'timeout';
  // Keys after a `#` or beyond maxDigits belong to nobody; the engine's digits are the truth.
  return keysPressed.includes('#') ? `${input.digits}#` : input.digits;
}
