/**
 * Issue 24 item 8: the Node versions package.json `engines` names (and the README repeats) are ones
 * every installed dependency supports, and the Node running the tests is one of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[]; optional?: boolean }>;
};
const declared = pkg.engines.node;

describe('Node version', () => {
  it('engines.node is a valid range and the running Node satisfies it', () => {
    expect(semver.validRange(declared)).not.toBeNull();
    expect(semver.satisfies(process.version, declared)).toBe(true);
  });

  it('every installed dependency supports every Node version engines.node allows', () => {
    const refusing: string[] = [];
    for (const [path, info] of Object.entries(lock.packages)) {
      const range = Array.isArray(info.engines) ? undefined : info.engines?.node;
      if (path === '' || range === undefined || !existsSync(join(ROOT, path))) continue;
      if (!semver.subset(declared, range, { includePrerelease: false }))
        refusing.push(`${path.replace(/^.*node_modules\//, '')} needs node ${range}`);
    }
    expect(refusing).toEqual([]);
  });

  it("the README's quick start names the same versions", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const heading = readme.split('\n').find((line) => line.startsWith('## Quick start')) ?? '';
    const minimums = (semver.validRange(declared) ?? '')
      .split('||')
      .map((set) => semver.minVersion(set.trim())?.version.replace(/(\.0)+$/, ''));
    expect(minimums.length).toBeGreaterThan(0);
    for (const min of minimums) expect(heading).toMatch(new RegExp(`\\b${min}\\+`));
  });
});
