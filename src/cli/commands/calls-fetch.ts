/**
 * `dialplan calls fetch --broadcast ID [--out DIR] [--api URL] [--by-campaign] [--limit N]`: saves every
 * page of a broadcast's calls as DIR/page-OFFSET.json, ready for `dialplan results DIR/*.json`.
 * Credentials come from the environment only (CALLFIRE_USERNAME, CALLFIRE_PASSWORD): never from flags,
 * so they stay out of shell history and out of files in the repo.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError, type CliIo } from '../io.ts';
import { parseFetchArgs } from './calls-args.ts';
import { FetchError, fetchCallPages } from './fetch-pages.ts';

function credentials(): { username: string; password: string } {
  const username = process.env['CALLFIRE_USERNAME'] ?? '';
  const password = process.env['CALLFIRE_PASSWORD'] ?? '';
  if (username === '' || password === '')
    throw new UsageError(
      'set CALLFIRE_USERNAME and CALLFIRE_PASSWORD in the environment (your API login and password)',
    );
  return { username, password };
}

export async function callsCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFetchArgs(args);
  const auth = credentials();
  await mkdir(parsed.out, { recursive: true });
  try {
    const fetched = await fetchCallPages({
      ...parsed,
      ...auth,
      onPage: (page, offset) =>
        writeFile(
          join(parsed.out, `page-${String(offset).padStart(9, '0')}.json`),
          JSON.stringify(page),
        ),
      onProgress: (n, total) =>
        io.stderr(`\rfetched ${n}${Number.isFinite(total) ? ` of ${total}` : ''} calls`),
    });
    io.stderr(`\n${fetched} calls saved in ${parsed.out}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FetchError) && !(error instanceof TypeError)) throw error;
    io.stderr(`\ndialplan calls fetch: ${error.message}\n`);
    return 1;
  }
}

export default callsCommand;
