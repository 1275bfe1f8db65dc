/**
 * The rest of the poll guide's API sequence after creating the broadcast: add a batch of recipients,
 * start the broadcast, fetch its calls (then `dialplan results`). The broadcast id is the one the create
 * call answered; it is written once as a shell variable, and anything but digits becomes a placeholder so
 * that no typed text ever reaches the shell. Credentials are placeholders, always.
 */
import {
  BROADCASTS_URL,
  PLACEHOLDER_CREDENTIALS,
  curlCommand,
  shellQuote,
  type BroadcastSettings,
} from './broadcast.ts';

export const BROADCAST_ID_PLACEHOLDER = 'YOUR_BROADCAST_ID';
/** CallFire's largest page. */
export const CALLS_PAGE_LIMIT = 100;

function idOrPlaceholder(broadcastId: string): string {
  const id = broadcastId.trim();
  return /^\d{1,19}$/.test(id) ? id : BROADCAST_ID_PLACEHOLDER;
}

/** `POST /v2/calls/broadcasts/{id}/batches`: the recipients as a named batch. */
export function addBatchCurl(settings: BroadcastSettings): string {
  const body = JSON.stringify(
    { name: `${settings.name || 'poll'} recipients`, recipients: settings.recipients ?? [] },
    null,
    2,
  );
  return [
    `curl -u "${PLACEHOLDER_CREDENTIALS}"`,
    `  -H "Content-Type: application/json"`,
    `  -X POST`,
    `  -d ${shellQuote(body)}`,
    `  "${BROADCASTS_URL}/$BROADCAST_ID/batches"`,
  ].join(' \\\n');
}

/** `POST /v2/calls/broadcasts/{id}/start`. */
export function startBroadcastCurl(): string {
  return `curl -u "${PLACEHOLDER_CREDENTIALS}" -X POST "${BROADCASTS_URL}/$BROADCAST_ID/start"`;
}

/** `GET /v2/calls/broadcasts/{id}/calls`, one page; raise `offset` by `limit` until `totalCount`. */
export function fetchCallsCurl(offset = 0): string {
  return `curl -u "${PLACEHOLDER_CREDENTIALS}" "${BROADCASTS_URL}/$BROADCAST_ID/calls?limit=${CALLS_PAGE_LIMIT}&offset=${offset}"`;
}

/** The whole sequence as one script: create, add a batch, start, fetch the first page of calls. */
export function apiSequence(
  settings: BroadcastSettings,
  dialplanText: string,
  broadcastId: string,
): string {
  return [
    '# 1. Create the broadcast; its answer holds the id: {"id": 1234567}',
    curlCommand(settings, dialplanText),
    '',
    '# 2. The broadcast id from step 1',
    `BROADCAST_ID=${idOrPlaceholder(broadcastId)}`,
    '',
    '# 3. Add the recipients as a batch',
    addBatchCurl(settings),
    '',
    '# 4. Start calling',
    startBroadcastCurl(),
    '',
    `# 5. Fetch the calls, ${CALLS_PAGE_LIMIT} a page (or: dialplan calls fetch --broadcast $BROADCAST_ID)`,
    fetchCallsCurl(),
    '',
  ].join('\n');
}
