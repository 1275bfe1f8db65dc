import { describe, expect, it } from 'vitest';
import { fileSizeProblem, MAX_IMPORT_BYTES } from './import-size.ts';

describe('fileSizeProblem', () => {
  it('a file over the limit is told by its size and the limit, not as "not a dialplan"', () => {
    const message = fileSizeProblem('big.xml', 6.2 * 1024 * 1024);
    expect(message).toBe(
      'big.xml is 6.2 MB, over the 5.0 MB limit for a file the studio opens. Nothing was replaced.',
    );
  });

  it('a file at the limit is fine', () => {
    expect(fileSizeProblem('ok.xml', MAX_IMPORT_BYTES)).toBeUndefined();
    expect(fileSizeProblem('ok.xml', MAX_IMPORT_BYTES + 1)).toMatch(/over the 5\.0 MB limit/);
  });
});
