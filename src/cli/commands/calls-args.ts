/** The options of `dialplan calls fetch`, declared once: parsing and help both read them. */
import { defineCommand, parseCommand, usageError } from '../args.ts';
import { DEFAULT_TIMEOUT_SECONDS, fetchLimits, type FetchLimits } from './fetch-limits.ts';
import { DEFAULT_MAX_CALLS } from './fetch-pages.ts';

export const DEFAULT_API = 'https://api.callfire.com/v2';

export const CALLS = defineCommand({
  name: 'calls',
  summary: "save every page of a broadcast's calls (calls fetch)",
  usage: 'dialplan calls fetch --broadcast ID [options]',
  description:
    "Saves every page of a broadcast's calls as DIR/page-OFFSET.json, ready for `dialplan results`. " +
    'The API login comes from the environment only (CALLFIRE_USERNAME, CALLFIRE_PASSWORD), never from ' +
    'flags. 429 and 5xx answers are retried with backoff; progress goes to standard error.',
  arguments: [['fetch', 'the only sub-command: fetch the pages']],
  options: {
    broadcast: { type: 'string', value: 'ID', description: 'the numeric broadcast (campaign) id' },
    out: { type: 'string', value: 'DIR', description: 'where to save the pages (calls-ID)' },
    api: { type: 'string', value: 'URL', description: `the API base URL (${DEFAULT_API})` },
    'by-campaign': {
      type: 'boolean',
      description: 'read GET /v2/calls?campaignId=ID instead of the broadcast route',
    },
    limit: { type: 'string', value: 'N', description: 'calls per page, 1 to 1000 (100)' },
    timeout: {
      type: 'string',
      value: 'SECONDS',
      description: `per request: for the answer to start and between parts of its body (${DEFAULT_TIMEOUT_SECONDS})`,
    },
    'max-calls': {
      type: 'string',
      value: 'N',
      description: `the most calls one run fetches; a larger totalCount is refused (${DEFAULT_MAX_CALLS})`,
    },
    insecure: {
      type: 'boolean',
      description: 'allow the login over plain http to a host other than this machine (warns)',
    },
  },
  exitCodes: [
    [0, 'every page saved'],
    [1, 'the API refused or failed, or fewer calls arrived than it announced'],
    [2, 'usage error or no credentials in the environment'],
  ],
  example:
    'CALLFIRE_USERNAME=… CALLFIRE_PASSWORD=… dialplan calls fetch --broadcast 42 --out calls-42',
  run: async () => (await import('./calls-fetch.ts')).callsCommand,
});

export interface FetchArgs extends FetchLimits {
  broadcastId: string;
  out: string;
  api: string;
  byCampaign: boolean;
  limit: number;
}

export function parseFetchArgs(args: readonly string[]): FetchArgs {
  const { values, positionals } = parseCommand(CALLS, args);
  const [sub, ...extra] = positionals;
  if (sub !== 'fetch')
    usageError(
      CALLS,
      sub === undefined ? 'expected the sub-command fetch' : `unknown sub-command '${sub}'`,
    );
  if (extra.length > 0) usageError(CALLS, `unexpected argument '${extra[0]}'`);
  const broadcastId = values.broadcast ?? '';
  if (!/^\d+$/.test(broadcastId)) usageError(CALLS, '--broadcast needs a numeric broadcast id');
  const api = values.api ?? DEFAULT_API;
  if (!/^https?:\/\//.test(api)) usageError(CALLS, '--api must be an http(s) URL');
  const limit = Number(values.limit ?? '100');
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    usageError(CALLS, '--limit must be a whole number from 1 to 1000');
  return {
    broadcastId,
    out: values.out ?? `calls-${broadcastId}`,
    api,
    byCampaign: values['by-campaign'] === true,
    limit,
    ...fetchLimits(limitOptions(values), values.insecure === true, `(see dialplan help calls)`),
  };
}

/** The bounds' values as `fetchLimits` reads them (flag → text), kept apart from the parser's shape. */
function limitOptions(values: {
  api?: string;
  timeout?: string;
  'max-calls'?: string;
}): Map<string, string> {
  const options = new Map<string, string>();
  if (values.api !== undefined) options.set('--api', values.api);
  if (values.timeout !== undefined) options.set('--timeout', values.timeout);
  if (values['max-calls'] !== undefined) options.set('--max-calls', values['max-calls']);
  return options;
}
