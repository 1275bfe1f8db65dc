/**
 * The document's test suite in Test mode (issue 27): the `.tests.json` format of `dialplan test`.
 * Import and export the file, turn saved test calls into tests that expect responses and an end,
 * generate a suite that takes every reachable branch, run them all (a failure shows the element where
 * the call went another way) and mark on the graph every branch no test takes.
 */
import { useEffect, useState, type ChangeEvent } from 'react';
import {
  checkSuiteNames,
  generateSuite,
  parseTestSuite,
  runTestSuite,
  savedCallAsTest,
  type Exploration,
  type TestSuite,
} from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { downloadText } from '../../ui/download.ts';
import { SuiteResults } from './SuiteResults.tsx';
import { useSuiteStore } from './suite-store.ts';

function summaryOf(s: ReturnType<typeof useSuiteStore.getState>): string {
  if (!s.results) return '';
  const failed = s.results.filter((r) => !r.passed).length;
  const n = s.results.length;
  const tests =
    failed === 0
      ? n === 1
        ? 'The test passes'
        : `All ${n} tests pass`
      : `${failed} of ${n} ${n === 1 ? 'test fails' : 'tests fail'}`;
  const c = s.coverage;
  if (!c) return tests;
  const reachable = c.branches - c.unreachable;
  return `${tests} · ${c.covered} of ${reachable} reachable branches covered`;
}

export function TestSuitePanel() {
  const store = useStudioStore();
  const documentKey = useStudio((s) => s.activeId);
  const testCalls = useStudio((s) => s.testCalls);
  const suiteState = useSuiteStore();
  const { suite, errors, results, showCoverage } = suiteState;
  const [note, setNote] = useState('');
  useEffect(() => useSuiteStore.getState().open(documentKey), [documentKey]);

  const documentName = () => {
    const s = store.getState();
    return s.documents.find((d) => d.id === s.activeId)?.name ?? 'dialplan';
  };
  const show = (path: string) => {
    store.getState().select(path, 'simulator');
    store.getState().setHighlight({ activeId: path });
  };
  const runAll = (next: TestSuite = useSuiteStore.getState().suite, exploration?: Exploration) => {
    const document = store.getState().lastGood;
    const run = runTestSuite(document, next, {
      coverage: true,
      ...(exploration ? { exploration } : {}),
    });
    useSuiteStore
      .getState()
      .setRun(
        run.results,
        run.coverage ?? { branches: 0, covered: 0, unreachable: 0, uncovered: [] },
      );
    const firstFailure = run.results.find((r) => !r.passed)?.failures.find((f) => f.at);
    if (firstFailure?.at) store.getState().setHighlight({ activeId: firstFailure.at.path });
  };
  const adopt = (next: TestSuite, message: string) => {
    const problems = checkSuiteNames(store.getState().lastGood, next);
    if (problems.length > 0) return useSuiteStore.getState().setErrors(problems);
    useSuiteStore.getState().setSuite(next);
    setNote(message);
  };
  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const parsed = parseTestSuite(await file.text());
    if (!parsed.ok) return useSuiteStore.getState().setErrors(parsed.errors);
    adopt(parsed.suite, `Imported ${parsed.suite.tests.length} tests from ${file.name}`);
  };
  const onGenerate = () => {
    const { suite: generated, exploration } = generateSuite(store.getState().lastGood);
    adopt(generated, `Generated ${generated.tests.length} tests`);
    runAll(generated, exploration);
  };
  const onAddSaved = () => {
    const added = testCalls.map(savedCallAsTest);
    const names = new Set(added.map((t) => t.name));
    const tests = [...suite.tests.filter((t) => !names.has(t.name)), ...added];
    adopt({ tests }, `Added ${added.length} saved test calls as tests`);
  };
  const onExport = () =>
    downloadText(
      `${documentName()}.tests.json`,
      `${JSON.stringify(suite, null, 2)}\n`,
      'application/json',
    );
  const onCoverage = (event: ChangeEvent<HTMLInputElement>) => {
    useSuiteStore.getState().setShowCoverage(event.target.checked);
    if (event.target.checked && !useSuiteStore.getState().coverage) runAll();
  };

  return (
    <section aria-label="Test suite" className="sim-tests sim-suite">
      <h3>Test suite (.tests.json)</h3>
      <div className="sim-suite-actions">
        <label className="sim-file-button">
          Import…
          <input
            type="file"
            accept=".json,application/json"
            aria-label="Import a tests file"
            onChange={(e) => void onImport(e)}
          />
        </label>
        <button type="button" onClick={onExport} disabled={suite.tests.length === 0}>
          Export
        </button>
        <button type="button" onClick={onGenerate}>
          Generate tests
        </button>
        {testCalls.length > 0 && (
          <button type="button" onClick={onAddSaved}>
            Add saved calls as tests
          </button>
        )}
        <button type="button" onClick={() => runAll()} disabled={suite.tests.length === 0}>
          Run all tests
        </button>
        <label>
          <input type="checkbox" checked={showCoverage} onChange={onCoverage} /> Show coverage on
          the graph
        </label>
      </div>
      {errors.length > 0 && (
        <ul role="alert" className="sim-fail" aria-label="Problems in the tests file">
          {errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <p role="status">{summaryOf(suiteState) || note}</p>
      {suite.tests.length === 0 ? (
        <p className="sim-empty">No tests yet: import a .tests.json file or generate tests.</p>
      ) : (
        <SuiteResults tests={suite.tests} results={results} onShow={show} />
      )}
    </section>
  );
}
