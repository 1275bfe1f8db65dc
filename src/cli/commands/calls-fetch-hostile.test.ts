/**
 * `dialplan calls fetch` against a hostile or broken API (a local fake on 127.0.0.1, one handler per
 * test): it stops, says why, exits non-zero when the data is incomplete, and never prints the login.
 * Timeouts are given as `--timeout 0.3` so that a hung server costs a fraction of a second.
 */
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../main.ts';
import { isLoopback, redact } from './fetch-secrets.ts';

const LOGIN = { username: 'login', password: 'hunter2-secret' };
const TOKEN = Buffer.from(`${LOGIN.username}:${LOGIN.password}`).toString('base64');

type Handler = (req: IncomingMessage, res: ServerResponse, paging: Paging) => void;
interface Paging {
  limit: number;
  offset: number;
}

let handler: Handler = () => undefined;
let requests: Paging[] = [];
let server: Server;
let port = 0;
let api = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '', 'http://x');
    const paging = {
      limit: Number(url.searchParams.get('limit')),
      offset: Number(url.searchParams.get('offset')),
    };
    requests.push(paging);
    handler(req, res, paging);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  api = `http://127.0.0.1:${port}/v2`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  requests = [];
  process.env['CALLFIRE_USERNAME'] = LOGIN.username;
  process.env['CALLFIRE_PASSWORD'] = LOGIN.password;
});
afterEach(() => {
  server.closeAllConnections();
  delete process.env['CALLFIRE_USERNAME'];
  delete process.env['CALLFIRE_PASSWORD'];
});

const json = (res: ServerResponse, body: unknown, status = 200) =>
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
const calls = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: from + i, finalCallResult: 'LA' }));

const sevenCalls: Handler = (_req, res, { limit, offset }) =>
  json(res, { items: calls(offset, Math.max(0, Math.min(limit, 7 - offset))), totalCount: 7 });

async function fetchCalls(...args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'dialplan-hostile-'));
  let stderr = '';
  const code = await runCli(
    ['calls', 'fetch', '--broadcast', '42', '--out', out, '--api', api, ...args],
    { stdout: () => undefined, stderr: (t) => (stderr += t) },
  );
  return { code, stderr, pages: existsSync(out) ? readdirSync(out).length : 0 };
}

describe('calls fetch stops when the API does not page', () => {
  it('an API that ignores offset: the repeated page stops it, exit 1', async () => {
    handler = (_req, res, { limit }) => json(res, { items: calls(1, limit) });
    const result = await fetchCalls('--limit', '10');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the page at offset 10 repeats calls fetched before');
    expect(requests).toHaveLength(2);
    expect(result.pages).toBe(1);
  });

  it('an API that ignores offset and says so in the page: stopped at the second page', async () => {
    handler = (_req, res, { limit }) =>
      json(res, { items: calls(1, limit), offset: 0, totalCount: 100_000 });
    const result = await fetchCalls('--limit', '10');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the API ignored offset: asked for offset 10, the page says 0');
    expect(requests).toHaveLength(2);
  });

  it('calls without ids, the same page again and again: stopped at the second page', async () => {
    handler = (_req, res, { limit }) =>
      json(res, { items: Array.from({ length: limit }, () => ({ finalCallResult: 'LA' })) });
    const result = await fetchCalls('--limit', '5');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('repeats calls fetched before');
    expect(requests).toHaveLength(2);
  });

  it('a totalCount of 10^12 is refused before anything is saved', async () => {
    handler = (_req, res, { limit, offset }) =>
      json(res, { items: calls(offset, limit), totalCount: 1e12 });
    const result = await fetchCalls();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'the API says there are 1000000000000 calls, more than --max-calls 1000000',
    );
    expect(requests).toHaveLength(1);
    expect(result.pages).toBe(0);
  });

  it('new calls forever and no totalCount: stopped at --max-calls', async () => {
    handler = (_req, res, { limit, offset }) => json(res, { items: calls(offset, limit) });
    const result = await fetchCalls('--limit', '10', '--max-calls', '30');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stopped at --max-calls 30 calls');
    expect(requests).toHaveLength(3);
  });

  it('a totalCount that keeps growing: stopped at the page cap the first totalCount gives', async () => {
    handler = (_req, res, { limit, offset }) =>
      json(res, { items: calls(offset, limit), totalCount: offset + 2 * limit });
    const result = await fetchCalls('--limit', '10');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('stopped after 4 pages: more than');
    expect(requests).toHaveLength(4);
  });
});

describe('calls fetch exits non-zero on incomplete or malformed data', () => {
  it('totalCount 250 but an empty page at offset 100: exit 1, says how many arrived', async () => {
    handler = (_req, res, { limit, offset }) =>
      json(res, { items: offset < 100 ? calls(offset, limit) : [], totalCount: 250 });
    const result = await fetchCalls();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'only 100 of the 250 calls the API announced arrived (the page at offset 100 was empty)',
    );
    expect(result.stderr).not.toContain('calls saved');
  });

  it.each([
    [{ items: 'none', totalCount: 3 }, 'its "items" is string'],
    [{ totalCount: 3 }, 'its "items" is undefined'],
    ['calls', 'is string, not a page of calls'],
    [{ items: [1, 2, 3] }, 'has an item that is not a call object'],
    [{ items: calls(0, 3), totalCount: '3' }, '"totalCount" that is not a whole number'],
  ])('a page like %j: exit 1 (%s), nothing saved', async (body, message) => {
    handler = (_req, res) => json(res, body);
    const result = await fetchCalls();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(message);
    expect(result.pages).toBe(0);
  });

  it('a body that is not JSON: exit 1', async () => {
    handler = (_req, res) => res.writeHead(200).end('<html>maintenance</html>');
    const result = await fetchCalls();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the page at offset 0 is not JSON');
  });
});

describe('calls fetch keeps the login safe', () => {
  it('refuses plain http to a host that is not loopback, before any request (exit 2)', async () => {
    handler = sevenCalls;
    api = `http://0.0.0.0:${port}/v2`;
    try {
      const refused = await fetchCalls();
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('refusing to send your CallFire login over plain http');
      expect(requests).toHaveLength(0);
      const allowed = await fetchCalls('--insecure');
      expect(allowed.code).toBe(0);
      expect(allowed.stderr).toContain('warning: sending your CallFire login over plain http');
      expect(allowed.stderr).toContain('7 calls saved');
    } finally {
      api = `http://127.0.0.1:${port}/v2`;
    }
  });

  it('never prints a login given inside --api', async () => {
    handler = sevenCalls;
    const saved = api;
    api = `http://someone:${LOGIN.password}@127.0.0.1:${port}/v2`;
    try {
      const result = await fetchCalls();
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('--api must not contain a login');
      expect(result.stderr).not.toContain(LOGIN.password);
      expect(requests).toHaveLength(0);
    } finally {
      api = saved;
    }
  });

  it('an error body echoing the Authorization header and the password is printed without them', async () => {
    handler = (req, res) =>
      json(
        res,
        {
          message: 'bad request',
          headers: req.headers,
          detail: `login ${LOGIN.username}:${LOGIN.password} / ${encodeURIComponent(LOGIN.password)}`,
        },
        400,
      );
    const result = await fetchCalls();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('answered 400: {"message":"bad request"');
    expect(result.stderr).toContain('[redacted]');
    expect(result.stderr).not.toContain(TOKEN);
    expect(result.stderr).not.toContain('hunter2');
  });

  it('does not follow a redirect to another address', async () => {
    handler = (_req, res) =>
      res.writeHead(302, { Location: 'http://elsewhere.example/steal' }).end();
    const result = await fetchCalls();
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('answered 302, a redirect to http://elsewhere.example/steal');
    expect(requests).toHaveLength(1);
  });

  it('redacts every form of the password, the token and Authorization values', () => {
    const text = `Authorization: Basic ${TOKEN}\npass=${LOGIN.password}\u001b[2J "authorization":"x y"`;
    const shown = redact(text, LOGIN);
    expect(shown).not.toContain('\u001b');
    expect(shown).not.toMatch(/hunter2|x y/);
    expect(shown).not.toContain(TOKEN);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['[::1]', true],
    ['0.0.0.0', false],
    ['127.0.0.1.example.com', false],
    ['api.callfire.com', false],
  ])('%s is loopback: %s', (host, loopback) => expect(isLoopback(host)).toBe(loopback));
});

describe('calls fetch on a slow or stuck server', () => {
  it('a server that never answers: a clear timeout message, not a 300 s wait', async () => {
    handler = () => undefined;
    const result = await fetchCalls('--timeout', '0.3');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('no answer within 0.3 s');
    expect(requests).toHaveLength(1);
  });

  it('a body that stalls half-way: says it stalled', async () => {
    handler = (_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"items":[');
    };
    const result = await fetchCalls('--timeout', '0.3');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the answer stalled (no data for 0.3 s)');
  });

  it('a refused connection names the reason, not just "fetch failed"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const saved = api;
    api = `http://127.0.0.1:${closedPort}/v2`;
    try {
      const result = await fetchCalls('--timeout', '5');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `GET ${api}/calls/broadcasts/42/calls?limit=100&offset=0 failed: ECONNREFUSED`,
      );
    } finally {
      api = saved;
    }
  });

  it.each([['0'], ['-1'], ['soon'], ['99999']])('--timeout %s is a usage error', async (value) => {
    const result = await fetchCalls('--timeout', value);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--timeout must be a number of seconds');
  });

  it('says on stderr when it waits for Retry-After', async () => {
    let first = true;
    handler = (req, res, paging) => {
      if (!first) return sevenCalls(req, res, paging);
      first = false;
      res.writeHead(429, { 'Retry-After': '0' }).end();
    };
    const result = await fetchCalls();
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(
      'the API answered 429 (Retry-After: 0); waiting 0 s before retry 1 of 5',
    );
  });
});

describe('calls fetch with an unwritable --out', () => {
  it('says which folder cannot be written, exit 2, before any request', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dialplan-out-')), 'a-file');
    writeFileSync(file, 'not a folder');
    let stderr = '';
    const code = await runCli(
      ['calls', 'fetch', '--broadcast', '42', '--out', join(file, 'pages'), '--api', api],
      { stdout: () => undefined, stderr: (t) => (stderr += t) },
    );
    expect(code).toBe(2);
    expect(stderr).toContain(`cannot write pages to --out '${join(file, 'pages')}' (ENOTDIR)`);
    expect(requests).toHaveLength(0);
  });
});
