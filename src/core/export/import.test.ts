import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importDialplan } from './import.ts';
import { treeSignature } from './tree-signature.ts';

const poll = readFileSync('public/examples/political-poll.xml', 'utf8');
const seedCurl = readFileSync('fixtures/export/political-poll-curl.sh', 'utf8');
const seedJson = readFileSync('fixtures/export/political-poll-broadcast.json', 'utf8');

describe('importDialplan', () => {
  it('takes XML as it is', () => {
    expect(importDialplan(poll)).toEqual({ ok: true, xml: poll, source: 'xml', settings: {} });
  });

  it('loads the poll from the seed curl command, with its broadcast settings', () => {
    const result = importDialplan(seedCurl);
    if (!result.ok) throw new Error(result.error);
    expect(result.source).toBe('curl');
    expect(treeSignature(result.xml)).toEqual(treeSignature(poll));
    expect(result.settings.name).toBe('Political Campaign');
    expect(result.settings.labels).toEqual(['political-poll', 'id-10002']);
    expect(result.settings.retryConfig?.retryResults).toEqual(['BUSY', 'NO_ANS']);
  });

  it('loads a JSON body and the dialPlanXml spelling', () => {
    expect(importDialplan(seedJson).ok).toBe(true);
    const body = JSON.stringify({ name: 'n', dialPlanXml: '<dialplan><hangup/></dialplan>' });
    const result = importDialplan(body);
    expect(result.ok && result.xml).toBe('<dialplan><hangup/></dialplan>');
  });

  it('finds a nested dialplan, as in a number lease config response', () => {
    const response = JSON.stringify({
      items: [{ configType: 'IVR', ivrInboundConfig: { dialplanXml: '<dialplan/>' } }],
    });
    const result = importDialplan(response);
    expect(result.ok && result.xml).toBe('<dialplan/>');
  });

  it('reads double-quoted and --data-raw curl bodies', () => {
    const body = '{"dialplanXml":"<dialplan name=\\"x\\"/>"}';
    const doubled = `curl -X POST --data "${body.replace(/["\\]/g, '\\$&')}" https://x`;
    expect(importDialplan(doubled)).toMatchObject({ ok: true, xml: '<dialplan name="x"/>' });
    const raw = `curl https://x \\\n  --data-raw '${body}'`;
    expect(importDialplan(raw)).toMatchObject({ ok: true, xml: '<dialplan name="x"/>' });
  });

  it.each([
    ['plain prose', 'hello world', 'not a dialplan'],
    ['HTML', '<html><body/></html>', 'root element is <html>'],
    ['JSON without a dialplan', '{"name":"x"}', 'no "dialplanXml"'],
    ['broken JSON', '{"dialplanXml": ', 'does not parse'],
    ['curl without a body', 'curl https://api.callfire.com/v2/calls', 'no -d/--data body'],
    ['a dialplanXml that is not a dialplan', '{"dialplanXml":"hello"}', 'no XML element'],
  ])('refuses %s with a clear message', (_label, text, message) => {
    const result = importDialplan(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });
});
