import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BROADCAST, broadcastJson, buildBroadcastBody, curlCommand } from './broadcast.ts';
import { curlDataArguments } from './curl-data.ts';
import { importDialplan } from './import.ts';
import { toOneLine } from './one-line.ts';

const poll = readFileSync('public/examples/political-poll.xml', 'utf8');
const seedBody = JSON.parse(
  readFileSync('fixtures/export/political-poll-broadcast.json', 'utf8'),
) as Record<string, unknown>;

describe('broadcast body', () => {
  it('has the seed body structure, in its order, with the one-line dialplan', () => {
    const body = buildBroadcastBody(DEFAULT_BROADCAST, poll);
    expect(Object.keys(body)).toEqual(Object.keys(seedBody));
    expect(body['dialplanXml']).toBe(toOneLine(poll));
    expect(body['retryConfig']).toEqual(seedBody['retryConfig']);
    expect(body['localTimeRestriction']).toMatchObject(seedBody['localTimeRestriction'] as object);
  });

  it('adds schedules and recipients only when there are some', () => {
    const schedule = {
      startDate: { year: 2027, month: 1, day: 4 },
      startTimeOfDay: { hour: 9, minute: 0, second: 0 },
      stopTimeOfDay: { hour: 17, minute: 0, second: 0 },
      timeZone: 'America/New_York',
      daysOfWeek: ['MONDAY'],
    };
    const body = buildBroadcastBody({ ...DEFAULT_BROADCAST, schedules: [schedule] }, poll);
    expect(body['schedules']).toEqual([schedule]);
    expect('recipients' in body).toBe(false);
  });
});

describe('curl command', () => {
  it('uses placeholder credentials and the broadcasts endpoint', () => {
    const curl = curlCommand(DEFAULT_BROADCAST, poll);
    expect(curl).toContain('-u "YOUR_API_LOGIN:YOUR_API_PASSWORD"');
    expect(curl).toContain('-X POST');
    expect(curl).toContain('"https://api.callfire.com/v2/calls/broadcasts"');
  });

  it('survives the shell: its data argument is the broadcast JSON, quotes and all', () => {
    const tricky = '<dialplan name="it\'s"><play type="tts">Don\'t \'quote\' me</play></dialplan>';
    const curl = curlCommand(DEFAULT_BROADCAST, tricky);
    expect(curlDataArguments(curl)).toEqual([broadcastJson(DEFAULT_BROADCAST, tricky)]);
    const back = importDialplan(curl);
    expect(back.ok && back.xml).toBe(toOneLine(tricky));
  });
});
