/**
 * Import: find the dialplan in what the user opened or pasted — XML as is, a broadcast JSON body or
 * API response (`dialplanXml`, `dialPlanXml`, also nested such as `ivrInboundConfig.dialplanXml`), or a
 * curl command carrying such a body. Anything else is a clear error, so that nothing gets replaced.
 */
import { parseDialplan } from '../xml/parse.ts';
import type { BroadcastSettings } from './broadcast.ts';
import { curlDataArguments } from './curl-data.ts';

export type ImportSource = 'xml' | 'json' | 'curl';

export type ImportResult =
  | { ok: true; xml: string; source: ImportSource; settings: Partial<BroadcastSettings> }
  | { ok: false; error: string };

const NOT_A_DIALPLAN =
  'This is not a dialplan: expected XML with a <dialplan> root, a broadcast JSON body with "dialplanXml", or a curl command carrying one.';

const DIALPLAN_KEYS = ['dialplanXml', 'dialPlanXml', 'DialplanXml'];

function fail(error: string): ImportResult {
  return { ok: false, error };
}

function fromXml(text: string, source: ImportSource): ImportResult {
  const root = parseDialplan(text).document.root;
  if (!root) return fail(`${NOT_A_DIALPLAN} (no XML element found)`);
  if (root.kind === 'unknown')
    return fail(`This is not a dialplan: its root element is <${root.tagName}>, not <dialplan>.`);
  return { ok: true, xml: text, source, settings: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Breadth-first, so that a top-level `dialplanXml` wins over one nested deeper. */
function findHolder(json: unknown): { holder: Record<string, unknown>; xml: string } | undefined {
  const queue: unknown[] = [json];
  for (let i = 0; i < queue.length && i < 10_000; i++) {
    const node = queue[i];
    if (!isRecord(node)) continue;
    for (const key of DIALPLAN_KEYS) {
      const value = node[key];
      if (typeof value === 'string') return { holder: node, xml: value };
    }
    for (const value of Object.values(node)) queue.push(value); // no spread: arrays may be huge
  }
  return undefined;
}

const SETTING_KEYS = [
  'name',
  'fromNumber',
  'labels',
  'localTimeRestriction',
  'retryConfig',
  'schedules',
  'recipients',
] as const;

/** The broadcast fields beside the dialplan, kept so that a re-export gives the same body. */
function settingsFrom(holder: Record<string, unknown>): Partial<BroadcastSettings> {
  const found: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) if (holder[key] !== undefined) found[key] = holder[key];
  const ltr = found['localTimeRestriction'];
  if (isRecord(ltr) && ltr['enabled'] === undefined)
    found['localTimeRestriction'] = { enabled: true, ...ltr };
  return found as Partial<BroadcastSettings>;
}

function fromJson(text: string, source: ImportSource): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return fail(`This JSON does not parse: ${(error as Error).message}`);
  }
  const found = findHolder(json);
  if (!found) return fail(`${NOT_A_DIALPLAN} (this JSON has no "dialplanXml")`);
  const xml = fromXml(found.xml, source);
  return xml.ok ? { ...xml, settings: settingsFrom(found.holder) } : xml;
}

function fromCurl(text: string): ImportResult {
  const bodies = curlDataArguments(text);
  if (bodies.length === 0)
    return fail(`${NOT_A_DIALPLAN} (this curl command sends no -d/--data body)`);
  let last: ImportResult = fail(NOT_A_DIALPLAN);
  for (const body of bodies) {
    last = fromJson(body.trim(), 'curl');
    if (last.ok) return last;
  }
  return last;
}

export function importDialplan(text: string): ImportResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.startsWith('<')) return fromXml(text.replace(/^\uFEFF/, ''), 'xml');
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return fromJson(trimmed, 'json');
  if (/(^|\s)curl\s/.test(`${trimmed} `) || trimmed.startsWith('curl')) return fromCurl(trimmed);
  return fail(NOT_A_DIALPLAN);
}
