/**
 * Share links: the whole document compressed into the URL fragment, so it never reaches a server.
 * lz-string's URI-safe alphabet needs no further escaping; decoding never runs anything.
 *
 * Format (version 2): `#dialplan=v2.<length>.<checksum>.<data>` — the text's length in UTF-16 code units
 * (base 36) and its FNV-1a checksum (8 hex digits) guard against links cut short or mangled on the way
 * (chat clients wrap and trim long URLs); a link that fails either check opens nothing. lz-string's
 * alphabet has no `.`, so a link made before version 2 (`#dialplan=<data>`) is told apart and still opens
 * (it has no check: a damaged one is caught only when it does not decompress).
 */
// lz-string is CommonJS: Node's ESM loader (the CLI, vitest) only sees its default export.
import LZString from 'lz-string';

const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

export const SHARE_PREFIX = 'dialplan=';
const VERSION = 'v2';

/** What a URL fragment carries: nothing for us, a document, or a share link that cannot be trusted. */
export type SharedDocument =
  { kind: 'none' } | { kind: 'document'; text: string } | { kind: 'damaged'; reason: string };

/** FNV-1a over UTF-16 code units: cheap, and any changed, lost or swapped character changes it. */
export function shareChecksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The fragment (without `#`) that carries `text`. */
export function encodeShareFragment(text: string): string {
  const data = compressToEncodedURIComponent(text);
  return `${SHARE_PREFIX}${VERSION}.${text.length.toString(36)}.${shareChecksum(text)}.${data}`;
}

const damaged = (reason: string): SharedDocument => ({
  kind: 'damaged',
  reason: `${reason} Nothing was opened; ask for the link again, or for the file.`,
});

function decompress(data: string): string | undefined {
  try {
    const text = decompressFromEncodedURIComponent(data);
    return text === null || text === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

function readVersioned(body: string): SharedDocument {
  const [version, length, checksum, data, ...rest] = body.split('.');
  if (version !== VERSION)
    return damaged(`This share link has format ${version}, which this studio cannot read.`);
  if (!length || !checksum || data === undefined || rest.length > 0)
    return damaged('This share link is incomplete (it was probably cut short).');
  const text = decompress(data);
  if (text === undefined || text.length !== parseInt(length, 36))
    return damaged('This share link is incomplete or damaged (its length does not match).');
  if (shareChecksum(text) !== checksum)
    return damaged('This share link is damaged (its checksum does not match).');
  return { kind: 'document', text };
}

/** Reads a fragment (with or without `#`). */
export function readShareFragment(fragment: string): SharedDocument {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) return { kind: 'none' };
  const payload = body.slice(SHARE_PREFIX.length);
  if (payload.includes('.')) return readVersioned(payload);
  // A version 2 link cut before its first `.` (no document compresses to so few characters).
  if (/^v\d*$/.test(payload))
    return damaged('This share link is incomplete (it was probably cut short).');
  // A link made before version 2: no length or checksum to check.
  const text = decompress(payload);
  return text === undefined
    ? damaged('This share link is damaged (its data cannot be decoded).')
    : { kind: 'document', text };
}

/** The document in a fragment, or undefined when it carries none or is damaged. */
export function decodeShareFragment(fragment: string): string | undefined {
  const shared = readShareFragment(fragment);
  return shared.kind === 'document' ? shared.text : undefined;
}

export function shareUrl(baseUrl: string, text: string): string {
  return `${baseUrl.replace(/#.*$/, '')}#${encodeShareFragment(text)}`;
}
