import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../main.ts';
import { retryDelay } from './fetch-pages.ts';

/** A stand-in for api.callfire.com: 7 calls of broadcast 42, Basic auth, and faults on request. */
const CALLS = Array.from({ length: 7 }, (_, i) => ({ id: 100 + i, finalCallResult: 'LA' }));
const AUTH = `Basic ${Buffer.from('login:secret').toString('base64')}`;
let faults: number[] = [];
let requests: string[] = [];
let server: Server;
let api = '';

function reply(res: ServerResponse, status: number, body = '', headers = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers }).end(body);
}

function answer(req: IncomingMessage, res: ServerResponse): void {
  requests.push(req.url ?? '');
  const fault = faults.shift();
  const url = new URL(req.url ?? '', 'http://x');
  const limit = Number(url.searchParams.get('limit'));
  const offset = Number(url.searchParams.get('offset'));
  // 429 and 503 say when to come back (at once); a 500 leaves the client to back off.
  if (fault === 429 || fault === 503) reply(res, fault, '', { 'Retry-After': '0' });
  else if (fault !== undefined) reply(res, fault, '{"message":"try later"}');
  else if (req.headers.authorization !== AUTH)
    reply(res, 401, '{"httpStatusCode":401,"message":"Unauthorized"}');
  else if (url.pathname !== '/v2/calls/broadcasts/42/calls') reply(res, 404);
  else {
    const items = CALLS.slice(offset, offset + limit);
    reply(res, 200, JSON.stringify({ items, limit, offset, totalCount: CALLS.length }));
  }
}

beforeAll(async () => {
  server = createServer(answer);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  faults = [];
  requests = [];
  process.env['CALLFIRE_USERNAME'] = 'login';
  process.env['CALLFIRE_PASSWORD'] = 'secret';
});
afterEach(() => {
  delete process.env['CALLFIRE_USERNAME'];
  delete process.env['CALLFIRE_PASSWORD'];
});

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['calls', 'fetch', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const outDir = () => mkdtempSync(join(tmpdir(), 'dialplan-fetch-'));

describe('dialplan calls fetch', () => {
  it('pages with limit/offset up to totalCount and saves each page', async () => {
    const out = outDir();
    const { code, stderr } = await run([
      '--broadcast',
      '42',
      '--out',
      out,
      '--api',
      api,
      '--limit',
      '3',
    ]);
    expect(code).toBe(0);
    expect(requests).toEqual([
      '/v2/calls/broadcasts/42/calls?limit=3&offset=0',
      '/v2/calls/broadcasts/42/calls?limit=3&offset=3',
      '/v2/calls/broadcasts/42/calls?limit=3&offset=6',
    ]);
    const files = readdirSync(out).sort();
    expect(files).toEqual(['page-000000000.json', 'page-000000003.json', 'page-000000006.json']);
    const last = JSON.parse(readFileSync(join(out, files[2] as string), 'utf8'));
    expect(last.items.map((c: { id: number }) => c.id)).toEqual([106]);
    expect(stderr).toContain('fetched 3 of 7 calls');
    expect(stderr).toContain('7 calls saved in');
  });

  it('retries after a 429 (Retry-After) and after a 500', async () => {
    faults = [429, 500];
    const { code } = await run([
      '--broadcast',
      '42',
      '--out',
      outDir(),
      '--api',
      api,
      '--limit',
      '10',
    ]);
    expect(code).toBe(0);
    expect(requests).toHaveLength(3);
  });

  it('gives up after the bounded retries with the status it got', async () => {
    faults = [503, 503, 503, 503, 503, 503];
    const { code, stderr } = await run(['--broadcast', '42', '--out', outDir(), '--api', api]);
    expect(code).toBe(1);
    expect(stderr).toContain('answered 503');
    expect(requests).toHaveLength(6);
  });

  it('says which variables to check when the API refuses the login (401)', async () => {
    process.env['CALLFIRE_PASSWORD'] = 'wrong';
    const { code, stderr } = await run(['--broadcast', '42', '--out', outDir(), '--api', api]);
    expect(code).toBe(1);
    expect(stderr).toContain('authentication refused (401)');
    expect(stderr).not.toContain('wrong');
  });

  it('falls back to /calls?campaignId= when the broadcast route is missing', async () => {
    const { code } = await run(['--broadcast', '7', '--out', outDir(), '--api', api]);
    expect(code).toBe(1);
    expect(requests).toEqual([
      '/v2/calls/broadcasts/7/calls?limit=100&offset=0',
      '/v2/calls?campaignId=7&limit=100&offset=0',
    ]);
  });

  it('refuses to run without credentials in the environment', async () => {
    delete process.env['CALLFIRE_PASSWORD'];
    const { code, stderr } = await run(['--broadcast', '42', '--api', api]);
    expect(code).toBe(2);
    expect(stderr).toContain('set CALLFIRE_USERNAME and CALLFIRE_PASSWORD');
    expect(requests).toEqual([]);
  });

  it.each([
    [['--broadcast', 'abc'], 'numeric broadcast id'],
    [['--broadcast', '42', '--api', 'ftp://x'], 'http(s) URL'],
    [['--broadcast', '42', '--password', 'x'], "unknown option '--password'"],
  ])('exits 2 for %j', async (args, message) => {
    const { code, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});

describe('retry delay', () => {
  it.each([
    [null, 0, 250],
    [null, 3, 2000],
    [null, 10, 30_000],
    ['2', 0, 2000],
    ['600', 0, 30_000],
    ['Tue, 01 Dec 2026 00:00:05 GMT', 0, 5000],
  ])('Retry-After %j on attempt %i waits %i ms', (header, attempt, ms) => {
    expect(retryDelay(header, attempt, Date.parse('2026-12-01T00:00:00Z'))).toBe(ms);
  });
});
