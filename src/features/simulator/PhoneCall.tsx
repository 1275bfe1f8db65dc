/**
 * The simulator as a phone shows it (the phone layout's Test mode): the phone full-screen, what is being
 * said as a big caption, a keypad sized for thumbs, Call / Hang up, the transcript folded below. The
 * call itself is the Simulator panel's (useCallDriver, CallScreen): only the presentation differs.
 */
import { useRef } from 'react';
import type { SimEvent } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import { toSimOptions } from '../../store/call-setup.ts';
import { CallScreen } from './CallScreen.tsx';
import { CallSetupForm } from './CallSetupForm.tsx';
import { CallTranscript } from './CallTranscript.tsx';
import { SpeechControls } from './SpeechControls.tsx';
import { useCallDriver } from './useCallDriver.ts';
import { usePhoneKeys } from './usePhoneKeys.ts';
import './simulator.css';
import './phone-call.css';

export function PhoneCall({ onShowGraph }: { onShowGraph: () => void }) {
  const call = useStudio((s) => s.simulator.call);
  const setup = useStudio((s) => s.simulator.setup);
  const controls = useCallDriver();
  const calls = useRef(0);
  const running = call?.status === 'running';
  usePhoneKeys(running, controls.press);

  const startCall = () => {
    calls.current += 1;
    controls.call(toSimOptions(setup, new Date(), `phone-${calls.current}`));
  };

  return (
    <section aria-label="Simulator" className="phone-call">
      <div className="phone-call-bar">
        <span className="phone-call-state" role="status">
          {running ? 'On a call' : call ? 'Call ended' : 'Ready to call'}
        </span>
        <button type="button" className="btn-quiet" onClick={onShowGraph}>
          Show graph
        </button>
      </div>
      {running ? (
        <CallScreen
          call={call}
          onPress={controls.press}
          onHangUp={controls.hangUp}
          onContinue={controls.resume}
          onStep={controls.step}
        />
      ) : (
        <div className="phone-idle">
          <p className="sim-caption phone-idle-caption">
            {call
              ? (lastWords(call.events) ?? 'The call has ended.')
              : 'Tap Call and the dialplan answers as it would on a real call: listen, then answer with the keypad.'}
          </p>
          <button type="button" className="sim-call phone-call-button" onClick={startCall}>
            {call ? 'Call again' : 'Call'}
          </button>
          <details className="phone-fold">
            <summary>Call settings</summary>
            <SpeechControls />
            <CallSetupForm />
          </details>
        </div>
      )}
      {call && (
        <details className="phone-fold phone-transcript">
          <summary>Transcript ({call.events.length})</summary>
          <CallTranscript events={call.events} />
        </details>
      )}
    </section>
  );
}

/** The last thing the call said (its final prompt), shown once it has ended. */
function lastWords(events: readonly SimEvent[]): string | undefined {
  for (let i = events.length - 1; i >= 0; i--) {
    const event = events[i];
    if (event?.type === 'play' && event.text) return event.text;
  }
  return undefined;
}
