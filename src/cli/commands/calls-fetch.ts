/**
 * `dialplan calls fetch --broadcast ID [--out DIR] [--api URL] [--by-campaign] [--limit N]`: saves every
 * page of a broadcast's calls as DIR/page-OFFSET.json, ready for `dialplan results DIR/*.json`.
 * Credentials come from the environment only (CALLFIRE_USERNAME, CALLFIRE_PASSWORD): never from flags,
 * so they stay out of shell history and out of files in the repo. Exit 0 only when every call the API
 * announced was saved; 1 when the fetch failed or stopped short; 2 on a usage error or an unwritable DIR.
 */
import { constants } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
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

/** The folder for the pages, made and checked before the first request: a clear error, not a trace. */
async function writableFolder(out: string): Promise<void> {
  try {
    await mkdir(out, { recursive: true });
    await access(out, constants.W_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unwritable';
    throw new UsageError(`cannot write pages to --out '${out}' (${reason})`);
  }
}

async function savePage(out: string, page: unknown, offset: number): Promise<void> {
  const file = join(out, `page-${String(offset).padStart(9, '0')}.json`);
  try {
    await writeFile(file, JSON.stringify(page));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? 'unwritable';
    throw new FetchError(`cannot write '${file}' (${reason})`);
  }
}

export async function callsCommand(args: string[], io: CliIo): Promise<number> {
  const parsed = parseFetchArgs(args);
  const auth = credentials();
  if (parsed.insecure) io.stderr(`warning: ${parsed.insecure}\n`);
  await writableFolder(parsed.out);
  try {
    const fetched = await fetchCallPages({
      ...parsed,
      ...auth,
      onPage: (page, offset) => savePage(parsed.out, page, offset),
      onProgress: (n, total) =>
        io.stderr(`\rfetched ${n}${Number.isFinite(total) ? ` of ${total}` : ''} calls`),
      onNotice: io.stderr,
    });
    io.stderr(`\n${fetched} calls saved in ${parsed.out}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof FetchError)) throw error;
    io.stderr(`\ndialplan calls fetch: ${error.message}\n`);
    return 1;
  }
}

export default callsCommand;
