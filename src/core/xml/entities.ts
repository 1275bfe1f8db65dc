/**
 * Entity decoding. Only the five predefined XML entities and character references are expanded: a
 * dialplan is untrusted input, and DTD entities (billion laughs) are refused by the parser outright.
 */

const PREDEFINED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  apos: "'",
  quot: '"',
};

export interface EntityProblem {
  /** Offset of the `&` relative to the decoded string's start in the source. */
  index: number;
  length: number;
  message: string;
}

export interface DecodeResult {
  value: string;
  problems: EntityProblem[];
}

const NO_PROBLEMS: EntityProblem[] = [];

function isAllowedCodePoint(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function decodeReference(body: string): string | undefined {
  if (body.startsWith('#x') || body.startsWith('#X')) {
    if (!/^#[xX][0-9a-fA-F]{1,6}$/.test(body)) return undefined;
    const cp = parseInt(body.slice(2), 16);
    return isAllowedCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
  }
  if (body.startsWith('#')) {
    if (!/^#[0-9]{1,7}$/.test(body)) return undefined;
    const cp = parseInt(body.slice(1), 10);
    return isAllowedCodePoint(cp) ? String.fromCodePoint(cp) : undefined;
  }
  return PREDEFINED[body];
}

/** More problems than this in one text are not listed (the parser caps its diagnostics anyway). */
const MAX_PROBLEMS = 500;
/** The longest reference body looked at (`#x10FFFF`, `quot`…); a `;` further away is not ours. */
const MAX_REFERENCE = 12;

/** The `;` closing the reference that starts at `amp`, or -1. Bounded so that a text full of raw `&`
 * is read in linear time. */
function semicolonNear(raw: string, amp: number): number {
  const stop = Math.min(raw.length, amp + 1 + MAX_REFERENCE);
  for (let i = amp + 1; i < stop; i++) if (raw.charCodeAt(i) === 59) return i;
  return -1;
}

/** Expands entity and character references in `raw`, reporting each bad `&`. Never throws. */
export function decodeEntities(raw: string): DecodeResult {
  let amp = raw.indexOf('&');
  if (amp === -1) return { value: raw, problems: NO_PROBLEMS };
  const problems: EntityProblem[] = [];
  let out = '';
  let last = 0;
  while (amp !== -1) {
    out += raw.slice(last, amp);
    const semi = semicolonNear(raw, amp);
    const body = semi !== -1 ? raw.slice(amp + 1, semi) : undefined;
    const decoded = body === undefined ? undefined : decodeReference(body);
    if (decoded !== undefined && semi !== -1) {
      out += decoded;
      last = semi + 1;
    } else {
      const known = body !== undefined && /^[A-Za-z_][\w.-]*$/.test(body);
      if (problems.length < MAX_PROBLEMS)
        problems.push({
          index: amp,
          length: known && semi !== -1 ? semi - amp + 1 : 1,
          message: known
            ? `Unknown entity '&${body};': only &lt; &gt; &amp; &apos; &quot; and character references are allowed`
            : "Raw '&' is not allowed in XML: write it as &amp;",
        });
      out += '&';
      last = amp + 1;
    }
    amp = raw.indexOf('&', last);
  }
  out += raw.slice(last);
  return { value: out, problems };
}

/** Escapes text content for XML output. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

/** Escapes an attribute value for output between the given quotes. */
export function escapeAttribute(value: string, quote: '"' | "'" = '"'): string {
  const pattern = quote === '"' ? /[&<"]/g : /[&<']/g;
  return value.replace(pattern, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '"' ? '&quot;' : '&apos;',
  );
}
