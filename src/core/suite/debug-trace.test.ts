import { describe, expect, it } from 'vitest';
import { FIXTURE_TEXTS } from '../fixture-texts.test-support.ts';
import { parseDialplan } from '../xml/parse.ts';
import { debugTrace } from './debug-trace.ts';
import { runTestCall } from './drive.ts';
import { generateSuite } from './generate.ts';

const [POLL_TEXT = ''] = FIXTURE_TEXTS;
const POLL = parseDialplan(POLL_TEXT).document;

describe('debugTrace', () => {
  it('has a step per element run, with the watch right after each', () => {
    const steps = debugTrace(POLL, { name: 'd', inputs: ['1', '3'] });
    const labels = steps.map((s) => s.label);
    expect(labels).toContain('Live');
    expect(labels).toContain('Question_01');
    const vote = steps.findIndex((s) => s.events.some((e) => e.type === 'stash'));
    expect(steps[vote - 1]?.questionResponses).toEqual([]);
    expect(steps[vote]?.questionResponses).toEqual([{ question: 'Vote', response: 'Yes' }]);
    expect(steps[steps.length - 1]?.events.at(-1)).toMatchObject({ type: 'end', reason: 'hangup' });
  });

  it('starts at a chosen element with the preset variables', () => {
    const doc = parseDialplan(
      '<dialplan name="R"><setvar varname="x">0</setvar><setvar name="S" varname="y">${x}1</setvar><hangup/></dialplan>',
    ).document;
    const steps = debugTrace(doc, { name: 'd', vars: { x: '5' } }, '/dialplan/setvar[2]');
    expect(steps.map((s) => s.label)).toEqual(['S', '<hangup>']);
    expect(steps[0]?.variables).toEqual({ x: '5', y: '51' });
  });

  it('keeps every event of the call, in order, on every generated test of every fixture', () => {
    for (const text of FIXTURE_TEXTS) {
      const parsed = parseDialplan(text);
      if (parsed.diagnostics.some((d) => d.severity === 'error')) continue;
      for (const test of generateSuite(parsed.document).suite.tests) {
        const call = runTestCall(parsed.document, test);
        const steps = debugTrace(parsed.document, test);
        expect(steps.flatMap((s) => s.events)).toEqual(call.events);
        expect(steps.map((s) => s.elementId)).toEqual(call.trail);
        const last = steps[steps.length - 1];
        if (last) expect(last.questionResponses).toEqual(call.final.questionResponses);
      }
    }
  });
});
