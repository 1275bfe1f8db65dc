import { useState } from 'react';
import { formatDifference, replayTestCalls, type TestCallOutcome } from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';

function Outcome({ outcome }: { outcome: TestCallOutcome | undefined }) {
  if (!outcome) return null;
  if (outcome.passed) return <span className="sim-pass">passes</span>;
  return (
    <div className="sim-fail">
      <span>differs</span>
      <ul aria-label={`Differences in ${outcome.name}`}>
        {outcome.differences.map((d, i) => (
          <li key={i}>{formatDifference(d)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Saved test calls of this document, and Run all: replays each against the current dialplan. */
export function TestCallsPanel() {
  const store = useStudioStore();
  const testCalls = useStudio((s) => s.testCalls);
  const results = useStudio((s) => s.simulator.testResults);
  const remove = useStudio((s) => s.deleteTestCall);
  const [summary, setSummary] = useState('');
  const runAll = () => {
    const state = store.getState();
    const outcomes = replayTestCalls(state.lastGood, state.testCalls);
    state.updateSimulator({ testResults: outcomes });
    const failing = outcomes.filter((o) => !o.passed).length;
    setSummary(
      failing === 0
        ? `All ${outcomes.length} test calls pass`
        : `${failing} of ${outcomes.length} test calls differ`,
    );
  };
  return (
    <section aria-label="Test calls" className="sim-tests">
      <h3>Test calls</h3>
      {testCalls.length === 0 ? (
        <p className="sim-empty">
          None saved. After a call, Save as test call keeps its answers and transcript.
        </p>
      ) : (
        <>
          <button type="button" onClick={runAll}>
            Run all
          </button>
          <p role="status">{summary}</p>
          <ul className="sim-test-list">
            {testCalls.map((t) => (
              <li key={t.name} aria-label={t.name}>
                <strong>{t.name}</strong>{' '}
                <span className="sim-answers">({t.inputs.join(' ') || 'no answers'})</span>{' '}
                <Outcome outcome={results?.find((r) => r.name === t.name)} />
                <button
                  type="button"
                  className="btn-danger"
                  aria-label={`Delete ${t.name}`}
                  onClick={() => remove(t.name)}
                >
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
