/**
 * A saved test call as a suite test (issue 27): the same call (answer, inputs, variables, contact, http,
 * transfer) expecting what it did when it was saved — its questionResponses and how it ended — instead of
 * its whole transcript, so rewording a prompt does not break it.
 */
import type { SuiteTest } from '../suite/types.ts';
import type { SavedTestCall } from './types.ts';

export function savedCallAsTest(saved: SavedTestCall): SuiteTest {
  const { options } = saved;
  const vars: Record<string, string> = { ...options.variables };
  for (const [column, value] of Object.entries(options.contact)) vars[`contact.${column}`] = value;
  const responses: Record<string, string> = {};
  for (const e of saved.expected) if (e.type === 'stash') responses[e.question] = e.response;
  const end = saved.expected.findLast((e) => e.type === 'end');
  return {
    name: saved.name,
    ...(options.answer === 'live' ? {} : { caller: options.answer }),
    inputs: [...saved.inputs],
    ...(Object.keys(vars).length > 0 ? { vars } : {}),
    ...(Object.keys(options.http).length > 0 ? { http: { ...options.http } } : {}),
    ...(options.transfer === 'answered' ? {} : { transfer: options.transfer }),
    expect: { responses, ...(end?.type === 'end' ? { end: end.reason } : {}) },
  };
}
