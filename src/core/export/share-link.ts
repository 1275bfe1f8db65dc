/**
 * Share links: the whole document compressed into the URL fragment, so it never reaches a server.
 * lz-string's URI-safe alphabet needs no further escaping; decoding never runs anything.
 */
// lz-string is CommonJS: Node's ESM loader (the CLI, vitest) only sees its default export.
import LZString from 'lz-string';

const { compressToEncodedURIComponent, decompressFromEncodedURIComponent } = LZString;

export const SHARE_PREFIX = 'dialplan=';

/** The fragment (without `#`) that carries `text`. */
export function encodeShareFragment(text: string): string {
  return SHARE_PREFIX + compressToEncodedURIComponent(text);
}

/** The document in a fragment (with or without `#`), or undefined when it carries none or is damaged. */
export function decodeShareFragment(fragment: string): string | undefined {
  const body = fragment.replace(/^#/, '');
  if (!body.startsWith(SHARE_PREFIX)) return undefined;
  const text = decompressFromEncodedURIComponent(body.slice(SHARE_PREFIX.length));
  return text === null || text === '' ? undefined : text;
}

export function shareUrl(baseUrl: string, text: string): string {
  return `${baseUrl.replace(/#.*$/, '')}#${encodeShareFragment(text)}`;
}
