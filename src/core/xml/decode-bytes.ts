/**
 * Turns the bytes of a file into dialplan text plus diagnostics about its encoding, for the CLI and the
 * studio's file import alike. Nothing is refused (the text always opens, so nothing is lost), but nothing
 * is accepted silently either: invalid UTF-8 is reported where it stands (each bad sequence becomes
 * U+FFFD, as in every browser), and a UTF-16 file is named as such and read as UTF-16. A UTF-8 byte-order
 * mark is dropped. NUL characters are reported by the parser (`xml-nul`), for files and typed text alike.
 * See docs/decisions/core.md, "Encoding".
 */
import type { Diagnostic } from '../ast/types.ts';
import { PositionMapper } from './positions.ts';

export type FileEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedFile {
  text: string;
  encoding: FileEncoding;
  diagnostics: Diagnostic[];
}

/** Invalid UTF-8 past this many sequences is counted in one last diagnostic, not reported one by one. */
export const MAX_ENCODING_DIAGNOSTICS = 100;

const REPLACEMENT = '\ufffd';

/** The UTF-16 byte order shown by a byte-order mark, or by NULs in every other byte of ASCII text. */
function utf16Order(bytes: Uint8Array): FileEncoding | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const pairs = Math.min(256, bytes.length >> 1);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) evenZeros++;
    if (bytes[2 * i + 1] === 0) oddZeros++;
  }
  // Markup is mostly ASCII: in UTF-16 nearly every code unit has one zero byte, always on the same side.
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.1) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.1) return 'utf-16be';
  return undefined;
}

function between(b: number | undefined, low: number, high: number): boolean {
  return b !== undefined && b >= low && b <= high;
}

/**
 * How many bytes at `i` form a valid UTF-8 sequence (> 0), or minus the length of the invalid maximal
 * subpart there (< 0): the WHATWG decoder's rule, so that one U+FFFD stands for what a browser replaces.
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  let need: number;
  let low = 0x80;
  let high = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) low = 0xa0;
    if (b === 0xed) high = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) low = 0x90;
    if (b === 0xf4) high = 0x8f;
  } else return -1;
  for (let k = 1; k <= need; k++) {
    const ok = k === 1 ? between(bytes[i + k], low, high) : between(bytes[i + k], 0x80, 0xbf);
    if (!ok) return -k;
  }
  return need + 1;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

interface BadSequence {
  /** Offset of its U+FFFD in the decoded text. */
  at: number;
  byteOffset: number;
  bytes: Uint8Array;
}

/** Decodes UTF-8 with U+FFFD for each invalid maximal subpart, noting where each one went. */
function decodeUtf8Reporting(
  bytes: Uint8Array,
  start: number,
): { text: string; bad: BadSequence[] } {
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const bad: BadSequence[] = [];
  let length = 0;
  let runStart = start;
  const flush = (end: number) => {
    if (end <= runStart) return;
    const part = utf8.decode(bytes.subarray(runStart, end));
    parts.push(part);
    length += part.length;
  };
  for (let i = start; i < bytes.length;) {
    const n = sequenceAt(bytes, i);
    if (n > 0) {
      i += n;
      continue;
    }
    flush(i);
    bad.push({ at: length, byteOffset: i, bytes: bytes.subarray(i, i - n) });
    parts.push(REPLACEMENT);
    length += 1;
    i -= n;
    runStart = i;
  }
  flush(bytes.length);
  return { text: parts.join(''), bad };
}

function encodingDiagnostic(map: PositionMapper, at: number, message: string): Diagnostic {
  return { ruleId: 'encoding', severity: 'error', message, range: map.eagerRange(at, at + 1) };
}

function invalidUtf8Diagnostics(text: string, bad: readonly BadSequence[]): Diagnostic[] {
  const map = new PositionMapper(text);
  const shown = bad
    .slice(0, MAX_ENCODING_DIAGNOSTICS)
    .map((b) =>
      encodingDiagnostic(
        map,
        b.at,
        `Invalid UTF-8 (${hex(b.bytes)} at byte offset ${b.byteOffset}), shown as ${REPLACEMENT}: ` +
          'save the file as UTF-8',
      ),
    );
  const last = bad[MAX_ENCODING_DIAGNOSTICS];
  if (last) {
    const more = (bad.length - MAX_ENCODING_DIAGNOSTICS).toLocaleString('en-US');
    shown.push(
      encodingDiagnostic(map, last.at, `… ${more} more invalid UTF-8 sequences not shown`),
    );
  }
  return shown;
}

/**
 * @example
 * decodeDialplanBytes(new Uint8Array([0x3c, 0xff, 0x3e])).diagnostics[0].message;
 * // 'Invalid UTF-8 (FF at byte offset 1), shown as �: save the file as UTF-8'
 */
export function decodeDialplanBytes(bytes: Uint8Array): DecodedFile {
  const order = utf16Order(bytes);
  if (order) {
    // TextDecoder drops the UTF-16 byte-order mark itself; a lone odd byte at the end becomes U+FFFD.
    const text = new TextDecoder(order).decode(bytes);
    const which = order === 'utf-16le' ? 'little-endian' : 'big-endian';
    const message = `The file is UTF-16 (${which}): it was read as such here; save it as UTF-8`;
    return {
      text,
      encoding: order,
      diagnostics: [encodingDiagnostic(new PositionMapper(text), 0, message)],
    };
  }
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(start),
    );
    return { text, encoding: 'utf-8', diagnostics: [] };
  } catch {
    const { text, bad } = decodeUtf8Reporting(bytes, start);
    return { text, encoding: 'utf-8', diagnostics: invalidUtf8Diagnostics(text, bad) };
  }
}
