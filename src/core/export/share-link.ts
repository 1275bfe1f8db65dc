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
import { decompressUriBounded } from './lz-bounded.ts';

const { compressToEncodedURIComponent } = LZString;

/**
 * The longest document a share link may open: 5 MiB of text, as for a file (`MAX_IMPORT_BYTES`). A link
 * says its length: a longer one is refused before anything is decompressed, and decompression stops at
 * the bound for a link that lies about it (or an old link that does not say).
 */
export const MAX_SHARED_CHARACTERS = 5 * 1024 * 1024;

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

const count = (n: number) => n.toLocaleString('en-US');

const tooBig = (limit: number, size?: number): SharedDocument => ({
  kind: 'damaged',
  reason:
    `This share link holds ${size === undefined ? 'a longer document' : `a document of ${count(size)} characters`}` +
    `; a link may open at most ${count(limit)} characters. Nothing was opened; ask for the file instead.`,
});

/** The text, undefined when damaged, or `too-long` past `bound` characters (never built in full). */
function decompress(data: string, bound: number): string | undefined | 'too-long' {
  const result = decompressUriBounded(data, bound);
  if (result.kind === 'too-long') return 'too-long';
  return result.kind === 'text' && result.text !== '' ? result.text : undefined;
}

function readVersioned(body: string, limit: number): SharedDocument {
  const [version, length, checksum, data, ...rest] = body.split('.');
  if (version !== VERSION)
    return damaged(`This share link has format ${version}, which this studio cannot read.`);
  if (!length || !checksum || data === undefined || rest.length > 0)
    return damaged('This share link is incomplete (it was probably cut short).');
  const claimed = /^[0-9a-z]{1,10}$/.test(length) ? parseInt(length, 36) : NaN;
  if (!Number.isSafeInteger(claimed) || claimed < 1)
    return damaged('This share link is damaged (its length cannot be read).');
  if (claimed > limit) return tooBig(limit, claimed);
  const text = decompress(data, claimed);
  if (text === 'too-long' || text === undefined || text.length !== claimed)
    return damaged('This share link is incomplete or damaged (its length does not match).');
  if (shareChecksum(text) !== checksum)
    return damaged('This share link is damaged (its checksum does not match).');
  return { kind: 'document', text };
}

/**
 * Reads a fragment (with or without `#`). `limit`: the longest document it opens (tests pass a smaller
 * one; compressing megabytes for a test takes a minute).
 */
export function readShareFragment(
  fragment: string,
  limit: number = MAX_SHARED_CHARACTERS,
): SharedDocument {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) return { kind: 'none' };
  const payload = body.slice(SHARE_PREFIX.length);
  if (payload.includes('.')) return readVersioned(payload, limit);
  // A version 2 link cut before its first `.` (no document compresses to so few characters).
  if (/^v\d*$/.test(payload))
    return damaged('This share link is incomplete (it was probably cut short).');
  // A link made before version 2: no length or checksum to check.
  const text = decompress(payload, limit);
  if (text === 'too-long') return tooBig(limit);
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
