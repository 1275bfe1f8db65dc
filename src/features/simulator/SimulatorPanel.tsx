/**
 * The Simulator panel: set up a call, take it (hear the prompts, press keys, watch the graph and the XML
 * follow), read its transcript, keep it as a test call, replay the saved ones.
 */
import { useEffect, useRef, useState } from 'react';
import { DEFAULT_MENU_TIMEOUT_MS } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import { CallDataPanels } from './CallDataPanels.tsx';
import { CallScreen } from './CallScreen.tsx';
import { CallSetupForm } from './CallSetupForm.tsx';
import { CallTranscript } from './CallTranscript.tsx';
import { toSimOptions } from '../../store/call-setup.ts';
import { SaveTestCallForm } from './SaveTestCallForm.tsx';
import { SpeechControls } from './SpeechControls.tsx';
import { TestCallsPanel } from './TestCallsPanel.tsx';
import { TestSuitePanel } from './TestSuitePanel.tsx';
import { DebuggerPanel } from './DebuggerPanel.tsx';
import { useCallDriver } from './useCallDriver.ts';
import { usePhoneKeys } from './usePhoneKeys.ts';
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
  const call = useStudio((s) => s.simulator.call);
  const setup = useStudio((s) => s.simulator.setup);
  const documentKey = useStudio((s) => s.activeId);
  const showTestCallsOf = useStudio((s) => s.showTestCallsOf);
  const controls = useCallDriver();
  const [callCount, setCallCount] = useState(0);
  const running = call?.status === 'running';
  usePhoneKeys(running, controls.press);
  const callButton = useFocusAfterCall(running);
  useEffect(() => showTestCallsOf(documentKey), [documentKey, showTestCallsOf]);

  const startCall = () => {
    setCallCount((n) => n + 1);
    controls.call(toSimOptions(setup, new Date(), `sim-${callCount + 1}`));
  };

  return (
    <section aria-label="Simulator" className="sim-panel">
      <SpeechControls />
      {running ? (
        <CallScreen
          call={call}
          onPress={controls.press}
          onHangUp={controls.hangUp}
          onContinue={controls.resume}
          onStep={controls.step}
        />
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
