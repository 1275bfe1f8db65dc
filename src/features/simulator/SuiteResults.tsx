/** The tests of the suite with their last results; a failure's element can be shown on the graph. */
import type { SuiteTest, TestFailure, TestResult } from '../../core/index.ts';

export function FailureLine({
  failure,
  onShow,
}: {
  failure: TestFailure;
  onShow: (path: string) => void;
}) {
  const at = failure.at;
  return (
    <li>
      {failure.message}{' '}
      {at && (
        <button type="button" className="sim-link" onClick={() => onShow(at.path)}>
          Show {at.name ?? 'element'} (line {at.line})
        </button>
      )}
    </li>
  );
}

export function SuiteResults({
  tests,
  results,
  onShow,
}: {
  tests: readonly SuiteTest[];
  results: readonly TestResult[] | undefined;
  onShow: (path: string) => void;
}) {
  return (
    <ul className="sim-test-list" aria-label="Tests">
      {tests.map((t) => {
        const result = results?.find((r) => r.name === t.name);
        return (
          <li key={t.name} aria-label={t.name}>
            {result && (
              <span className={result.passed ? 'sim-pass' : 'sim-fail'}>
                {result.passed ? '✓ passes' : '✗ fails'}
              </span>
            )}{' '}
            <strong>{t.name}</strong>{' '}
            <span className="sim-answers">({(t.inputs ?? []).join(' ') || 'no answers'})</span>
            {result && !result.passed && (
              <ul className="sim-fail" aria-label={`Failures of ${t.name}`}>
                {result.failures.map((f, i) => (
                  <FailureLine key={i} failure={f} onShow={onShow} />
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
