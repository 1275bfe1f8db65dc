/**
 * Parses dialplan expressions with jsep, after cheap guards that keep hostile text away from the parser:
 * a length cap and a nesting cap (jsep is recursive). Parses are cached because batch simulation runs
 * the same few expressions thousands of times.
 */
import jsep from 'jsep';

/** Longer (expanded) expressions are refused. */
export const MAX_EXPRESSION_LENGTH = 2000;
/** Deeper bracket nesting is refused before jsep sees it. */
export const MAX_NESTING = 64;
const CACHE_LIMIT = 2000;

export type ParseOutcome =
  { ok: true; ast: jsep.Expression } | { ok: false; refused: boolean; reason: string };

const cache = new Map<string, ParseOutcome>();

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) max = Math.max(max, ++depth);
    else if (c === 41 || c === 93 || c === 125) depth--;
  }
  return max;
}

function parseUncached(text: string): ParseOutcome {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, refused: true, reason: `longer than ${MAX_EXPRESSION_LENGTH} characters` };
  }
  if (nestingDepth(text) > MAX_NESTING) {
    return { ok: false, refused: true, reason: `nested deeper than ${MAX_NESTING} levels` };
  }
  try {
    return { ok: true, ast: jsep(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'does not parse';
    return { ok: false, refused: false, reason };
  }
}

/** The expression's syntax tree, or why it has none. Never throws. A trailing `;` is allowed. */
export function parseExpression(source: string): ParseOutcome {
  const text = source.trim().replace(/;\s*$/, '');
  let outcome = cache.get(text);
  if (outcome === undefined) {
    outcome = parseUncached(text);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, outcome);
  }
  return outcome;
}
