/**
 * The debugger (issue 27): a scripted call (answers, caller, variables; from the root or from the card
 * chosen with "Start here") that pauses at breakpoints ("Paused at Question_01"), with Step (one
 * element), Step back (through the call's history, to any earlier step), Continue, and a watch of the
 * variables and questionResponses after each step. The graph highlights the step and the path so far.
 * F9 toggles a breakpoint on the selected card while this panel is shown.
 */
import { useEffect, useMemo, useState } from 'react';
import {
  debugTrace,
  indexElements,
  inputTokens,
  invalidInputToken,
  type AnswerType,
  type DebugStep,
} from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { CallDataPanels } from './CallDataPanels.tsx';
import { useDebugStore } from './debug-store.ts';
import { useActionHandler } from '../../ui/actions/handlers.ts';

function varsOf(text: string): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const eq = line.indexOf('=');
    if (eq > 0) vars[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return vars;
}

/** F9 on the selected card toggles its breakpoint. */
function useF9() {
  const store = useStudioStore();
  useActionHandler('test.toggle-breakpoint', () => {
    const id = store.getState().selectedId;
    if (id !== undefined) useDebugStore.getState().toggleBreakpoint(id);
  });
}

export function DebuggerPanel() {
  const store = useStudioStore();
  const { breakpoints, startId, setStart } = useDebugStore();
  const lastGood = useStudio((s) => s.lastGood);
  const startLabel = useMemo(() => {
    const element = startId === undefined ? undefined : indexElements(lastGood).byId.get(startId);
    if (!element) return undefined;
    return element.attributes.find((a) => a.name === 'name')?.value ?? `<${element.tagName}>`;
  }, [lastGood, startId]);
  const [answers, setAnswers] = useState('');
  const [caller, setCaller] = useState<AnswerType>('live');
  const [vars, setVars] = useState('');
  const [problem, setProblem] = useState('');
  const [steps, setSteps] = useState<DebugStep[] | undefined>();
  const [at, setAt] = useState(0);
  useF9();

  const step = steps?.[at];
  useEffect(() => {
    if (!steps || !step) return;
    store.getState().setHighlight({
      activeId: step.elementId,
      visitedIds: steps.slice(0, at + 1).map((s) => s.elementId),
    });
  }, [steps, step, at, store]);

  const nextBreakpoint = (trace: DebugStep[], from: number) => {
    const hit = trace.findIndex((s, i) => i >= from && breakpoints.has(s.elementId));
    return hit < 0 ? trace.length - 1 : hit;
  };
  const debug = () => {
    const tokens = inputTokens(answers);
    const bad = invalidInputToken(tokens);
    if (bad !== undefined) return setProblem(`"${bad}" is not digits, timeout or hangup`);
    setProblem('');
    const test = { name: 'debug', caller, inputs: tokens, vars: varsOf(vars) };
    const trace = debugTrace(store.getState().lastGood, test, startId);
    setSteps(trace);
    setAt(breakpoints.size === 0 ? 0 : nextBreakpoint(trace, 0));
  };
  const end = step?.events.find((e) => e.type === 'end');
  const status = !steps
    ? ''
    : !step
      ? 'The call ran no element'
      : end && at === steps.length - 1
        ? `Call ended (${end.reason}) at ${step.label} (line ${step.line})`
        : `Paused at ${step.label} (line ${step.line}), step ${at + 1} of ${steps.length}`;

  return (
    <section aria-label="Debugger" className="sim-tests sim-debugger">
      <h3>Debugger</h3>
      <div className="sim-suite-actions">
        <label>
          Answers{' '}
          <input value={answers} onChange={(e) => setAnswers(e.target.value)} placeholder="1 3" />
        </label>
        <label>
          Caller{' '}
          <select value={caller} onChange={(e) => setCaller(e.target.value as AnswerType)}>
            <option value="live">Person</option>
            <option value="machine">Answering machine</option>
            <option value="inbound">Inbound call</option>
          </select>
        </label>
        <label>
          Variables (NAME=VALUE a line){' '}
          <textarea rows={2} value={vars} onChange={(e) => setVars(e.target.value)} />
        </label>
      </div>
      <p className="sim-empty">
        {startLabel === undefined
          ? 'Starts at the top of the dialplan. '
          : `Starts at ${startLabel}. `}
        {breakpoints.size} breakpoint{breakpoints.size === 1 ? '' : 's'} (F9 or ● Breakpoint on a
        selected card).
        {startId !== undefined && (
          <button type="button" className="sim-link" onClick={() => setStart(undefined)}>
            Start at the top instead
          </button>
        )}
      </p>
      <div className="sim-suite-actions">
        <button type="button" onClick={debug}>
          Debug call
        </button>
        <button type="button" onClick={() => setAt(at - 1)} disabled={!steps || at === 0}>
          Step back
        </button>
        <button
          type="button"
          onClick={() => setAt(at + 1)}
          disabled={!steps || at >= steps.length - 1}
        >
          Step
        </button>
        <button
          type="button"
          onClick={() => steps && setAt(nextBreakpoint(steps, at + 1))}
          disabled={!steps || at >= steps.length - 1}
        >
          Continue
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
      <p role="status">{status}</p>
      {steps && step && (
        <>
          <ol className="sim-history" aria-label="Call history">
            {steps.slice(0, at + 1).map((s, i) => (
              <li key={i}>
                <button
                  type="button"
                  className="sim-link"
                  aria-current={i === at ? 'step' : undefined}
                  onClick={() => setAt(i)}
                >
                  {s.label}
                </button>
              </li>
            ))}
          </ol>
          <section aria-label="Watch">
            <CallDataPanels variables={step.variables} responses={step.questionResponses} />
          </section>
        </>
      )}
    </section>
  );
}
