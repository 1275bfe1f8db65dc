import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the default document', () => {
  it('is the poll the examples gallery serves, byte for byte', () => {
    expect(readFileSync('fixtures/political-poll.xml', 'utf8')).toBe(
      readFileSync('public/examples/political-poll.xml', 'utf8'),
    );
  });
});
