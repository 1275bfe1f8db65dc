/**
 * Writes N page files of political-poll call results, shaped as GET /v2/calls/broadcasts/{id}/calls
 * answers them (contact, labels, attributes, one or two attempts with questionResponses). Deterministic.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/core/index.ts';

const RESULTS = ['LA', 'LA', 'LA', 'LA', 'AM', 'BUSY', 'NO_ANS', 'CARRIER_ERROR'];

function attempt(id: number, k: number, result: string, at: number, random: () => number) {
  const responses: { question: string; response: string }[] = [];
  if (result === 'LA' && random() < 0.95) {
    const yes = random() < 0.8;
    responses.push({ question: 'Vote', response: yes ? 'Yes' : 'No' });
    if (yes && random() < 0.9)
      responses.push({ question: 'Candidate', response: String(1 + Math.floor(random() * 5)) });
  }
  return {
    id: id * 10 + k,
    billedAmount: result === 'LA' ? 0.05 : 0.01,
    finishTime: at,
    callResult: result,
    ...(responses.length > 0 && { questionResponses: responses }),
  };
}

function call(id: number, random: () => number) {
  const result = RESULTS[Math.floor(random() * RESULTS.length)] ?? 'LA';
  const created = 1_796_140_800_000 + id * 1000;
  const retried = result === 'LA' && random() < 0.1;
  const records = retried
    ? [
        attempt(id, 1, 'NO_ANS', created + 30_000, random),
        attempt(id, 2, 'LA', created + 3_600_000, random),
      ]
    : [attempt(id, 1, result, created + 60_000, random)];
  return {
    id,
    fromNumber: '12135550100',
    toNumber: `1213${String(id).padStart(7, '0')}`,
    state: 'FINISHED',
    campaignId: 9100001,
    batchId: 7001 + (id % 4),
    contact: { id: 5_000_000 + id },
    labels: ['poll-dec'],
    created,
    modified: created + 3_700_000,
    finalCallResult: result,
    records,
  };
}

/** Writes `pages` files of `perPage` calls into `dir`; returns their paths. */
export function writeResultPages(dir: string, pages: number, perPage: number, seed = 1): string[] {
  mkdirSync(dir, { recursive: true });
  const random = seededRandom(seed);
  const files: string[] = [];
  for (let p = 0; p < pages; p++) {
    const items = Array.from({ length: perPage }, (_, i) => call(p * perPage + i + 1, random));
    const file = join(dir, `page-${String(p).padStart(5, '0')}.json`);
    writeFileSync(
      file,
      JSON.stringify({ items, limit: perPage, offset: p * perPage, totalCount: pages * perPage }),
    );
    files.push(file);
  }
  return files;
}
