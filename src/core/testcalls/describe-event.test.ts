import { describe, expect, it } from 'vitest';
import { call } from '../simulate/simulate.test-support.ts';
import { describeEvent } from './describe-event.ts';

describe('describeEvent', () => {
  it('tells an error end in words with the element it stopped at', () => {
    const result = call(`<setvar name="top" varname="x">\${x}\${x}a</setvar><goto>top</goto>`);
    expect(describeEvent(result.end)).toMatch(
      /^Call ended with an error: <setvar name="top"> \(\/dialplan\/setvar, line 1\): the value of 'x' would be [\d,]+ characters, over the limit of 100,000$/,
    );
  });

  it('keeps other endings in their words', () => {
    expect(describeEvent(call('<hangup/>').end)).toBe('Call ended: the dialplan hung up');
  });
});
