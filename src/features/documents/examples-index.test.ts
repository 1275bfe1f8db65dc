import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  allElements,
  attrValue,
  elementName,
  parseDialplan,
  runScriptedCall,
  textContent,
  validateDialplan,
} from '../../core/index.ts';
import { parseExamplesIndex, savedTestCallOf } from './examples-index.ts';

const index = parseExamplesIndex(
  JSON.parse(readFileSync('src/features/documents/examples-index.json', 'utf8')),
);

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

    it('is a valid dialplan: no parse or validation error or warning', () => {
      expect(diagnostics).toEqual([]);
      expect(validateDialplan(document).map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      expect(document.root?.tagName).toBe('dialplan');
    });

    it('its saved test call records the expected responses and ends the call', () => {
      const { options, inputs, expectedResponses } = example.testCall;
      const result = runScriptedCall(document, options, inputs);
      expect(result.questionResponses).toEqual(expectedResponses);
      expect(result.events.at(-1)).toMatchObject({ type: 'end', reason: 'hangup' });
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

describe('savedTestCallOf', () => {
  it('gives the simulator a full test call whose transcript records the expected responses', () => {
    const example = index[1];
    if (!example) throw new Error('no example');
    const text = readFileSync(`public/examples/${example.file}`, 'utf8');
    const saved = savedTestCallOf(example, text);
    expect(saved.options.answer).toBe('live');
    expect(saved.options.contact).toEqual({ firstName: 'Ann', A: '10 AM' });
    expect(saved.expected.filter((e) => e.type === 'stash')).toMatchObject([
      { question: 'appointment', response: 'confirmed' },
    ]);
    expect(saved.expected.find((e) => e.type === 'play')).toMatchObject({
      text: expect.stringContaining('Hello Ann.') as unknown,
    });
  });
});
