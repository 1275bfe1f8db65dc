/**
 * The simulator as a phone shows it (the phone layout's Test mode): the phone full-screen, what is being
 * said as a big caption, a keypad sized for thumbs, Call / Hang up, the transcript folded below. The
 * call itself is the Simulator panel's (useCallDriver, CallScreen): only the presentation differs.
 */
import type { SimEvent } from '../../core/index.ts';
import { CallScreen } from './CallScreen.tsx';
import { CallSetupForm } from './CallSetupForm.tsx';
import { CallTranscript } from './CallTranscript.tsx';
import { SpeechControls } from './SpeechControls.tsx';
import { useSimulatorCall } from './useSimulatorCall.ts';
import './simulator.css';
import './phone-call.css';

export function PhoneCall({ onShowGraph }: { onShowGraph: () => void }) {
  const { call, running, runningCall, startCall, screen } = useSimulatorCall('phone');

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
      {runningCall ? (
        <CallScreen call={runningCall} {...screen} />
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
