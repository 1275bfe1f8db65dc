/**
 * The Simulator panel: set up a call, take it (hear the prompts, press keys, watch the graph and the XML
 * follow), read its transcript, keep it as a test call, replay the saved ones.
 */
import { useEffect, useRef } from 'react';
import { DEFAULT_MENU_TIMEOUT_MS } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import { CallDataPanels } from './CallDataPanels.tsx';
import { CallScreen } from './CallScreen.tsx';
import { CallSetupForm } from './CallSetupForm.tsx';
import { CallTranscript } from './CallTranscript.tsx';
import { SaveTestCallForm } from './SaveTestCallForm.tsx';
import { SpeechControls } from './SpeechControls.tsx';
import { TestCallsPanel } from './TestCallsPanel.tsx';
import { TestSuitePanel } from './TestSuitePanel.tsx';
import { DebuggerPanel } from './DebuggerPanel.tsx';
import { useSimulatorCall } from './useSimulatorCall.ts';
import './simulator.css';

function AssumptionsNote() {
  return (
    <p className="sim-note">
      Assumptions (the platform may differ): a menu without <code>timeout</code> waits{' '}
      {DEFAULT_MENU_TIMEOUT_MS / 1000} s between digits; without <code>maxDigits</code> it takes as
      many digits as its longest <code>pressed</code> value (at least 1); with no input and no{' '}
      <code>timeout</code> branch the <code>default</code> branch runs.
    </p>
  );
}

/** When a call ends while focus was in the phone (now gone), focus goes back to the Call button. */
function useFocusAfterCall(running: boolean) {
  const button = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(running);
  useEffect(() => {
    const ended = wasRunning.current && !running;
    wasRunning.current = running;
    const lost = document.activeElement === document.body || document.activeElement === null;
    if (ended && lost) button.current?.focus();
  }, [running]);
  return button;
}

export function SimulatorPanel() {
  const documentKey = useStudio((s) => s.activeId);
  const showTestCallsOf = useStudio((s) => s.showTestCallsOf);
  const { call, running, runningCall, startCall, screen } = useSimulatorCall('sim');
  const callButton = useFocusAfterCall(running);
  useEffect(() => showTestCallsOf(documentKey), [documentKey, showTestCallsOf]);

  return (
    <section aria-label="Simulator" className="sim-panel">
      <SpeechControls />
      {runningCall ? (
        <CallScreen call={runningCall} {...screen} />
      ) : (
        <>
          <CallSetupForm />
          <button
            type="button"
            className="sim-call btn-primary"
            onClick={startCall}
            ref={callButton}
          >
            {call ? 'Call again' : 'Call'}
          </button>
          {call && <SaveTestCallForm call={call} />}
        </>
      )}
      <AssumptionsNote />
      {call && (
        <>
          <CallTranscript events={call.events} />
          <CallDataPanels
            variables={call.state.variables}
            responses={call.state.questionResponses}
          />
        </>
      )}
      <TestCallsPanel />
      <TestSuitePanel />
      <DebuggerPanel />
    </section>
  );
}
