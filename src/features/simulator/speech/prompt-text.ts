/**
 * Prompt text helpers. Chrome cuts off utterances longer than roughly 200–300 characters (a known
 * fault), so long prompts are spoken in chunks split at sentence or clause ends.
 */
import type { SpeechSpeed } from '../../../store/simulator-types.ts';

export const MAX_CHUNK_CHARS = 180;

/** Reading speed used to time captions when speech is unavailable, at rate 1. */
const CHARS_PER_SECOND = 15;
const MIN_PROMPT_MS = 600;

/** How long a prompt takes to say at this speed; `instant` takes no time. */
export function estimatePromptMs(text: string, speed: SpeechSpeed): number {
  if (speed === 'instant') return 0;
  const ms = (text.length / CHARS_PER_SECOND) * 1000;
  return Math.round(Math.max(MIN_PROMPT_MS, ms) / speed);
}

/** Pieces of at most `max` characters, cut after a sentence or clause end, else at a space. */
export function splitIntoChunks(text: string, max = MAX_CHUNK_CHARS): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const cut = cutPoint(rest, max);
    chunks.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest.length > 0) chunks.push(rest);
  return chunks;
}

function cutPoint(text: string, max: number): number {
  const window = text.slice(0, max + 1);
  for (const marks of [/[.!?]\s/g, /[,;:]\s/g, /\s/g]) {
    let last = -1;
    for (const m of window.matchAll(marks)) last = m.index + 1;
    if (last > 0) return last;
  }
  return max;
}
