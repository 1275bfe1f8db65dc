/**
 * lz-string's `decompressFromEncodedURIComponent` (lz-string 1.5.0, WTFPL), ported so that it stops
 * once the text it builds passes a bound: a 20 kB share link can expand to 50 million characters, and
 * the library would build all of them (and a dictionary as large) before anyone could look at the
 * length. Output and dictionary grow together (every dictionary entry is a previous output plus one
 * character), so bounding the output bounds the memory.
 */

const URI_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE_OF = new Map([...URI_SAFE].map((c, i) => [c, i]));

export type BoundedText =
  { kind: 'text'; text: string } | { kind: 'too-long' } | { kind: 'damaged' };

const DAMAGED: BoundedText = { kind: 'damaged' };

/** Reads the compressed stream's bits, least significant first, 6 bits per character. */
class BitReader {
  private value: number;
  private position = 32;
  private index = 1;

  constructor(private readonly input: string) {
    this.value = this.valueAt(0);
  }

  private valueAt(index: number): number {
    return VALUE_OF.get(this.input.charAt(index)) ?? 0;
  }

  get exhausted(): boolean {
    return this.index > this.input.length;
  }

  read(count: number): number {
    let bits = 0;
    for (let power = 1, i = 0; i < count; i++, power *= 2) {
      const bit = this.value & this.position;
      this.position >>= 1;
      if (this.position === 0) {
        this.position = 32;
        this.value = this.valueAt(this.index++);
      }
      if (bit > 0) bits += power;
    }
    return bits;
  }
}

/**
 * Decompresses `input` (lz-string's URI-safe form), giving up with `too-long` as soon as the text
 * passes `maxLength` characters; `damaged` for what lz-string would decode as null or ''.
 */
export function decompressUriBounded(input: string, maxLength: number): BoundedText {
  if (input === '') return DAMAGED;
  const reader = new BitReader(input.replace(/ /g, '+'));
  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let numBits = 3;
  const first = reader.read(2);
  if (first > 1) return DAMAGED; // 2: lz-string's ''; 3: lz-string reads on from `undefined`
  let w = String.fromCharCode(reader.read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result: string[] = [w];
  let length = w.length;
  if (length > maxLength) return { kind: 'too-long' };
  for (;;) {
    if (reader.exhausted) return DAMAGED;
    let code = reader.read(numBits);
    if (code === 2) return { kind: 'text', text: result.join('') };
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(reader.read(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    }
    let entry: string;
    if (code < dictionary.length && code > 2) entry = dictionary[code] ?? '';
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return DAMAGED;
    length += entry.length;
    if (length > maxLength) return { kind: 'too-long' };
    result.push(entry);
    dictionary.push(w + entry.charAt(0));
    if (--enlargeIn === 0) enlargeIn = 2 ** numBits++;
    w = entry;
  }
}
