import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main.ts';
import { toOneLine } from '../../core/index.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['export', ...args], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

const POLL = 'public/examples/political-poll.xml';
const dir = mkdtempSync(join(tmpdir(), 'dialplan-export-'));

describe('dialplan export', () => {
  it('prints the seed body for the poll and its broadcast settings', async () => {
    const seedFile = 'fixtures/export/political-poll-broadcast.json';
    const { code, stdout } = await run([POLL, '--broadcast', seedFile]);
    expect(code).toBe(0);
    const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as Record<string, unknown>;
    const body = JSON.parse(stdout) as Record<string, unknown>;
    expect({ ...body, dialplanXml: undefined }).toEqual({ ...seed, dialplanXml: undefined });
    expect(body['dialplanXml']).toBe(toOneLine(readFileSync(POLL, 'utf8')));
  });

  it('passes unknown fields through and reports refused settings with exit 1', async () => {
    const settings = join(dir, 'b.json');
    writeFileSync(settings, JSON.stringify({ fromNumber: '5551189', maxActive: 10 }));
    const { code, stdout, stderr } = await run([POLL, `--broadcast=${settings}`]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ maxActive: 10, name: 'political-poll' });
    expect(stderr).toContain('fromNumber');
  });

  it.each([
    [[], 'expected one FILE'],
    [[POLL, 'other.xml'], 'expected one FILE'],
    [[POLL, '--broadcast'], '--broadcast needs a file'],
    [[POLL, '--pretty'], "unknown option '--pretty'"],
    [['missing.xml'], "cannot read 'missing.xml'"],
    [[POLL, '--broadcast', POLL], 'is not JSON'],
  ])('exits 2 with one line for %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(message);
  });
});
