import { describe, expect, it } from 'vitest';
import { RETRY_RESULTS } from '../export/broadcast.ts';
import { answerText, callResultText, callResultWords } from './call-result-words.ts';

describe('words for call result codes (issue 26 item 6)', () => {
  it('names every result code the API documents, keeping the code beside the words', () => {
    for (const code of RETRY_RESULTS) expect(callResultWords(code)).not.toBe(undefined);
    expect(callResultText('LA')).toBe('Live answer (LA)');
    expect(callResultText('AM')).toBe('Answering machine (AM)');
    expect(callResultText('NO_ANS')).toBe('No answer (NO_ANS)');
    expect(callResultText('CARRIER_ERROR')).toBe('Carrier error (CARRIER_ERROR)');
  });

  it('leaves an undocumented code, or a name like __proto__, as it is', () => {
    expect(callResultText('NEW_CODE')).toBe('NEW_CODE');
    expect(callResultText('__proto__')).toBe('__proto__');
    expect(callResultText('constructor')).toBe('constructor');
  });

  it('writes an answer as "label (value)", not repeating a label equal to its value', () => {
    expect(answerText('1', 'Donkeys')).toBe('Donkeys (1)');
    expect(answerText('Yes', 'Yes')).toBe('Yes');
    expect(answerText('7', undefined)).toBe('7');
  });
});
