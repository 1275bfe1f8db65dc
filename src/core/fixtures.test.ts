/**
 * Round trip over every fixture the project keeps (fixtures/callfire/*.xml and political-poll.xml):
 * well-formed ones format to the same tree and are idempotent, malformed ones are reported, not crashed on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDialplan, treeShape } from './format/index.ts';
import { analyseDialplan, hasSyntaxErrors } from './validate/index.ts';
import { parseDialplan } from './xml/parse.ts';

const ROOT = join(import.meta.dirname, '../../fixtures');
const FILES = [
  join(ROOT, 'political-poll.xml'),
  ...readdirSync(join(ROOT, 'callfire'))
    .filter((f) => f.endsWith('.xml'))
    .map((f) => join(ROOT, 'callfire', f)),
];
/** Not well-formed as published (fixtures/callfire/INDEX.md). */
const MALFORMED = ['callfire-api-samples-2.0-ivr-2fa.xml', 'callfire-docs-developers-stash-2.xml'];
const isMalformed = (file: string) => MALFORMED.some((m) => file.endsWith(m));

describe('fixtures', () => {
  it('are all found (political poll + 51 CallFire dialplans)', () => {
    expect(FILES.length).toBe(52);
  });

  for (const file of FILES.filter((f) => !isMalformed(f))) {
    it(`formats ${file.split('/').pop()} to the same tree, idempotently`, () => {
      const parsed = parseDialplan(readFileSync(file, 'utf8'));
      expect(hasSyntaxErrors(parsed.diagnostics)).toBe(false);
      const once = formatDialplan(parsed.document);
      const reparsed = parseDialplan(once);
      expect(reparsed.diagnostics).toEqual([]);
      expect(treeShape(reparsed.document.children)).toEqual(treeShape(parsed.document.children));
      expect(formatDialplan(reparsed.document)).toBe(once);
    });
  }

  for (const file of FILES.filter(isMalformed)) {
    it(`reports ${file.split('/').pop()} as malformed with a position`, () => {
      const { diagnostics } = analyseDialplan(readFileSync(file, 'utf8'));
      const error = diagnostics.find((d) => d.severity === 'error');
      expect(error?.ruleId).toMatch(/^xml-/);
      expect(error?.range.start.line).toBeGreaterThan(0);
    });
  }

  it('validates the well-formed dialplans without errors (fragments aside)', () => {
    const errors = FILES.filter((f) => !isMalformed(f)).flatMap((f) =>
      analyseDialplan(readFileSync(f, 'utf8'))
        .diagnostics.filter((d) => d.severity === 'error')
        .map((d) => `${f.split('/').pop()}: ${d.ruleId}`),
    );
    // Three published snippets are fragments without a <dialplan> root.
    expect(errors).toEqual([
      'callfire-docs-developers-play-vtml-snippet.xml: root-dialplan',
      'callfire-docs-help-menu-1-fragment.xml: root-dialplan',
      'callfire-docs-help-tags-record-snippet.xml: root-dialplan',
    ]);
  });
});
