/**
 * Parses dialplan expressions with jsep, after cheap guards that keep hostile text away from the parser:
 * a length cap and a nesting cap (jsep is recursive). Parses are cached because batch simulation runs
 * the same few expressions thousands of times. The cache is an LRU of at most `CACHE_LIMIT` entries and
 * never keeps a text refused for its length, so its memory is bounded (≤ 2,000 × 2,000 characters): a
 * dialplan that builds megabyte-long "expressions" must not leave them held as keys.
 */
import jsep from 'jsep';

/** Longer (expanded) expressions are refused. */
export const MAX_EXPRESSION_LENGTH = 2000;
/** Deeper bracket nesting is refused before jsep sees it. */
export const MAX_NESTING = 64;
export const CACHE_LIMIT = 2000;

export type ParseOutcome =
  { ok: true; ast: jsep.Expression } | { ok: false; refused: boolean; reason: string };

/** Insertion order is recency order: a hit is moved to the end, the first key is the oldest. */
const cache = new Map<string, ParseOutcome>();

const TOO_LONG: ParseOutcome = {
  ok: false,
  refused: true,
  reason: `longer than ${MAX_EXPRESSION_LENGTH} characters`,
};

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
  if (text.length > MAX_EXPRESSION_LENGTH) return TOO_LONG;
  if (nestingDepth(text) > MAX_NESTING) {
    return { ok: false, refused: true, reason: `nested deeper than ${MAX_NESTING} levels` };
  }
  try {
    const ast = jsep(text);
    // An empty text or `a b` parses as a Compound, which never evaluates: settle it here, once, rather
    // than throw (an Error with a stack) on every run of an empty setvar.
    if (ast.type === 'Compound') {
      return { ok: false, refused: false, reason: 'not one expression' };
    }
    return { ok: true, ast };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'does not parse';
    return { ok: false, refused: false, reason };
  }
}

/** Caches an outcome as the most recently used, dropping the least recently used over the limit. */
function remember(text: string, outcome: ParseOutcome): void {
  cache.set(text, outcome);
  if (cache.size > CACHE_LIMIT) {
    const oldest = cache.keys().next();
    if (!oldest.done) cache.delete(oldest.value);
  }
}

/** The expression's syntax tree, or why it has none. Never throws. A trailing `;` is allowed. */
export function parseExpression(source: string): ParseOutcome {
  const trimmed = source.trim();
  // A `;` and whitespace may still be cut, hence the margin; anything longer is refused uncached.
  if (trimmed.length > MAX_EXPRESSION_LENGTH * 2) return TOO_LONG;
  const text = trimmed.replace(/;\s*$/, '');
  const cached = cache.get(text);
  if (cached !== undefined) {
    cache.delete(text); // re-inserted below: a Map iterates oldest first, so this keeps LRU order
    cache.set(text, cached);
    return cached;
  }
  if (text.length > MAX_EXPRESSION_LENGTH) return TOO_LONG;
  // `trim`/`replace` may return a slice that keeps a huge expanded text alive; key and parse a copy.
  const key = Array.from(text).join('');
  const outcome = parseUncached(key);
  remember(key, outcome);
  return outcome;
}

/** How many parses the cache holds (for tests of its bound). */
export function expressionCacheSize(): number {
  return cache.size;
}
