/** JUnit XML for CI systems: one `<testcase>` per test, a `<failure>` holding its messages. */
import { escapeAttribute, escapeText } from '../xml/entities.ts';
import type { TestResult } from './types.ts';

/** Characters XML 1.0 cannot hold at all are left out. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const attr = (s: string) => escapeAttribute(s.replace(NOT_XML, ''));
const text = (s: string) => escapeText(s.replace(NOT_XML, ''));

export function junitXml(suiteName: string, results: readonly TestResult[]): string {
  const failed = results.filter((r) => !r.passed).length;
  const counts = `tests="${results.length}" failures="${failed}" errors="0"`;
  const cases = results.map((r) => {
    const open = `    <testcase name="${attr(r.name)}" classname="${attr(suiteName)}"`;
    if (r.passed) return `${open}/>`;
    const messages = r.failures.map((f) => f.message);
    return [
      `${open}>`,
      `      <failure message="${attr(messages[0] ?? 'failed')}">${text(messages.join('\n'))}</failure>`,
      '    </testcase>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${counts}>`,
    `  <testsuite name="${attr(suiteName)}" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
