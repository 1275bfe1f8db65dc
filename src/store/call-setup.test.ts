import { describe, expect, it } from 'vitest';
import { DEFAULT_CALL_SETUP, toSimOptions } from './call-setup.ts';

const NOW = new Date('2026-11-26T15:00:00Z');

describe('toSimOptions', () => {
  it('gives a call that just works from the defaults, at the current time', () => {
    const options = toSimOptions(DEFAULT_CALL_SETUP, NOW, 'sim-1');
    expect(options).toMatchObject({
      answer: 'live',
      transfer: 'answered',
      now: '2026-11-26T15:00:00.000Z',
    });
    expect(options.contact.firstName).toBe('Ann');
    expect(options.contact).not.toHaveProperty('workPhone');
  });
  it('adds sheet columns to the contact and mock bodies by URL, skipping rows without a key', () => {
    const options = toSimOptions(
      {
        ...DEFAULT_CALL_SETUP,
        now: '2026-01-02T03:04:05Z',
        columns: [
          { key: 'A', value: '42' },
          { key: ' ', value: 'ignored' },
        ],
        http: [{ key: 'https://api.example.com/x', value: 'ok' }],
      },
      NOW,
      'sim-2',
    );
    expect(options.contact.A).toBe('42');
    expect(Object.values(options.contact)).not.toContain('ignored');
    expect(options.http).toEqual({ 'https://api.example.com/x': 'ok' });
    expect(options.now).toBe('2026-01-02T03:04:05Z');
  });
});
