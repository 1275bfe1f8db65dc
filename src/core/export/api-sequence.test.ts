import { describe, expect, it } from 'vitest';
import { DEFAULT_BROADCAST } from './broadcast.ts';
import { addBatchCurl, apiSequence, fetchCallsCurl, startBroadcastCurl } from './api-sequence.ts';
import { curlDataArguments } from './curl-data.ts';

const settings = {
  ...DEFAULT_BROADCAST,
  name: "Voter's poll",
  recipients: [{ phoneNumber: '12135551234' }, { phoneNumber: '12135555678' }],
};

describe('API sequence after the create call', () => {
  it('adds the recipients as a batch, with a body the shell passes through intact', () => {
    const curl = addBatchCurl(settings);
    expect(curl).toContain('-X POST');
    expect(curl).toContain('"https://api.callfire.com/v2/calls/broadcasts/$BROADCAST_ID/batches"');
    expect(JSON.parse(curlDataArguments(curl)[0] ?? '')).toEqual({
      name: "Voter's poll recipients",
      recipients: [{ phoneNumber: '12135551234' }, { phoneNumber: '12135555678' }],
    });
  });

  it('starts the broadcast and fetches its calls page by page', () => {
    expect(startBroadcastCurl()).toBe(
      'curl -u "YOUR_API_LOGIN:YOUR_API_PASSWORD" -X POST "https://api.callfire.com/v2/calls/broadcasts/$BROADCAST_ID/start"',
    );
    expect(fetchCallsCurl(200)).toBe(
      'curl -u "YOUR_API_LOGIN:YOUR_API_PASSWORD" "https://api.callfire.com/v2/calls/broadcasts/$BROADCAST_ID/calls?limit=100&offset=200"',
    );
  });

  it.each([
    ['1234567', 'BROADCAST_ID=1234567'],
    [' 42 ', 'BROADCAST_ID=42'],
    ['', 'BROADCAST_ID=YOUR_BROADCAST_ID'],
    ['1; rm -rf ~', 'BROADCAST_ID=YOUR_BROADCAST_ID'],
  ])('writes the broadcast id %j once, as %s', (id, line) => {
    const script = apiSequence(settings, '<dialplan/>', id);
    expect(script.split('\n')).toContain(line);
    expect(script.indexOf('/broadcasts"')).toBeLessThan(script.indexOf(line));
    expect(script).not.toContain('rm -rf');
  });
});
