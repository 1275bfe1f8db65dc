import { useEffect, useRef } from 'react';
import type { CallSnapshot } from './call-driver.ts';
import { Countdown } from './Countdown.tsx';
import { Keypad } from './Keypad.tsx';

/**
 * The phone during a call: what is being said, the digits so far, the timeout, the keypad; at a
 * breakpoint, where the call is paused, with Continue and Step.
 */
export function CallScreen({
  call,
  onPress,
  onHangUp,
  onContinue,
  onStep,
}: {
  call: CallSnapshot;
  onPress: (key: string) => void;
  onHangUp: () => void;
  onContinue: () => void;
  onStep: () => void;
}) {
  const waiting = call.state.waiting;
  const listening = waiting.type === 'input' && !call.paused;
  // The Call button that started the call is gone: focus stays in the phone, where digits dial.
  const phone = useRef<HTMLDivElement>(null);
  useEffect(() => phone.current?.focus(), []);
  return (
    <div className="sim-phone" ref={phone} tabIndex={-1} role="group" aria-label="Phone">
      <p
        className="sim-caption"
        aria-live="polite"
        aria-label="Caption"
        data-speaking={call.speaking}
      >
        {call.caption ? call.caption.text : ' '}
      </p>
      {call.paused && (
        <div className="sim-paused">
          <p role="status">Paused at {call.paused.label}</p>
          <button type="button" onClick={onContinue}>
            Continue
          </button>
          <button type="button" onClick={onStep}>
            Step
          </button>
        </div>
      )}
      <p className="sim-digits">
        {call.paused ? (
          'Paused'
        ) : listening ? (
          <>
            Listening{waiting.menuName ? ` (${waiting.menuName})` : ''}: digits{' '}
            <output aria-label="Digits collected">{waiting.collected || '–'}</output>
          </>
        ) : waiting.type === 'busy' ? (
          `Running the dialplan… (${call.state.stepsTotal.toLocaleString('en-US')} elements)`
        ) : (
          'Playing…'
        )}
      </p>
      {call.countdown && <Countdown deadline={call.countdown.deadline} ms={call.countdown.ms} />}
      <Keypad onPress={onPress} disabled={!listening} />
      <button type="button" className="sim-hangup btn-danger" onClick={onHangUp}>
        Hang up
      </button>
    </div>
  );
}
