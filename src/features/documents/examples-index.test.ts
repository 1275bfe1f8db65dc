import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allElements,
  attrValue,
  elementName,
  parseDialplan,
  textContent,
} from '../../core/index.ts';
import { parseExamplesIndex } from './examples-index.ts';

const index = parseExamplesIndex(JSON.parse(readFileSync('public/examples/index.json', 'utf8')));

describe('examples gallery', () => {
  it('lists the political poll first, then the five shapes written for the project', () => {
    expect(index.map((e) => e.file)).toEqual([
      'political-poll.xml',
      'appointment-reminder.xml',
      'customer-satisfaction-survey.xml',
      'inbound-business-tree.xml',
      'after-hours.xml',
      'voicemail.xml',
    ]);
  });

  it('refuses entries whose file would leave the examples folder', () => {
    const entry = { title: 't', description: 'd', testCall: {} };
    const parsed = parseExamplesIndex({
      examples: [
        { ...entry, file: '../secret.xml' },
        { ...entry, file: 'ok.xml' },
      ],
    });
    expect(parsed.map((e) => e.file)).toEqual(['ok.xml']);
  });

  describe.each(index)('$file', (example) => {
    const text = readFileSync(`public/examples/${example.file}`, 'utf8');
    const { document, diagnostics } = parseDialplan(text);
    const elements = allElements(document);

    it('is a well-formed dialplan', () => {
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(document.root?.tagName).toBe('dialplan');
    });

    it('has unique names and every goto lands on one', () => {
      const names = elements.map(elementName).filter((n) => n !== undefined);
      expect(new Set(names).size).toBe(names.length);
      const targets = elements.filter((e) => e.kind === 'goto').map((e) => textContent(e).trim());
      const catchTargets = elements
        .filter((e) => e.kind === 'catch')
        .map((e) => attrValue(e, 'goto'));
      for (const target of [...targets, ...catchTargets]) expect(names).toContain(target);
    });

    it('has a saved test call whose expected responses it can stash', () => {
      const stashed = elements
        .filter((e) => e.kind === 'stash')
        .map((e) => attrValue(e, 'varname'));
      expect(example.testCall.expectedResponses.length).toBeGreaterThan(0);
      for (const { question } of example.testCall.expectedResponses)
        expect(stashed).toContain(question);
    });
  });
});
