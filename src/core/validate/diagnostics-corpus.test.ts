/**
 * The validator's behaviour, pinned: every diagnostic (rule, severity, range, element, message) of the
 * project's fixtures, generated polls and 400 deterministic edits of them, in the order they are
 * produced. A change to any rule, to the engine that runs the rules, or to the parser's ranges shows
 * here as a diff of the snapshot files; update them (`npx vitest run -u`) only for a change meant.
 */
import { describe, expect, it } from 'vitest';
import { allDiagnostics, diagnosticLines, validationCorpus } from './corpus.test-support.ts';

const CORPUS = validationCorpus();

function report(texts: readonly { name: string; text: string }[]): string {
  const blocks = texts.map(({ name, text }) => {
    const lines = diagnosticLines(allDiagnostics(text));
    return [`## ${name} (${lines.length})`, ...lines].join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

describe('every diagnostic over the corpus', () => {
  for (const group of ['fixtures', 'generated', 'edited'] as const)
    it(`is unchanged for the ${group} texts`, async () => {
      await expect(report(CORPUS[group])).toMatchFileSnapshot(
        `./__snapshots__/corpus-${group}.txt`,
      );
    });

  it('covers every rule', () => {
    const all = Object.values(CORPUS).flat();
    const ruleIds = new Set(all.flatMap((t) => allDiagnostics(t.text).map((d) => d.ruleId)));
    expect([...ruleIds].filter((id) => !id.startsWith('xml-')).sort()).toEqual([
      'amd-not-first',
      'attribute-value',
      'catch-target',
      'containment',
      'duplicate-answer-name',
      'duplicate-name',
      'goto-loop-without-input',
      'goto-target',
      'keypress-overlap',
      'menu-no-fallback',
      'no-way-in',
      'read-before-set',
      'required-attribute',
      'root-dialplan',
      'stash-read',
      'undefined-variable',
      'unknown-attribute',
      'unknown-tag',
      'unreachable',
    ]);
  });
});
