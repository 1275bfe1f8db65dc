/**
 * Test support (never imported by the app): small random damage to a dialplan text (cuts, repeats,
 * swapped characters, stray markup), for the parser's fast-check properties.
 */
import fc from 'fast-check';

export type Mutation =
  | { op: 'cut'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'swap'; at: number }
  | { op: 'insert'; at: number; text: string };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('cut' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.nat(200) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.constantFrom('<', '&', '"', "'", '</', '/>', '<!--', ']]>', '${', '<menu>', '&#0;'),
  }),
);

export function mutate(text: string, m: Mutation): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  switch (m.op) {
    case 'cut':
      return text.slice(0, at) + text.slice(at + m.length);
    case 'duplicate':
      return (
        text.slice(0, at + m.length) + text.slice(at, at + m.length) + text.slice(at + m.length)
      );
    case 'swap':
      return text.slice(0, at) + text.charAt(at + 1) + text.charAt(at) + text.slice(at + 2);
    case 'insert':
      return text.slice(0, at) + m.text + text.slice(at);
  }
}
