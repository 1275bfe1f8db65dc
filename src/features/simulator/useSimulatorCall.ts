/**
 * A simulated call as the Simulator panel and the phone layout both take it: the call in the store, its
 * controls, the keypad's keys while it runs, and starting one with the call setup (each call numbered,
 * `sim-1`, `phone-1` …, for its transcript and saved test call).
 */
import { useRef } from 'react';
import { useStudio } from '../../store/index.ts';
import { toSimOptions } from '../../store/call-setup.ts';
import { useCallDriver } from './useCallDriver.ts';
import { usePhoneKeys } from './usePhoneKeys.ts';

export function useSimulatorCall(idPrefix: string) {
  const call = useStudio((s) => s.simulator.call);
  const setup = useStudio((s) => s.simulator.setup);
  const controls = useCallDriver();
  const calls = useRef(0);
  /** The call while it runs (for CallScreen), else undefined. */
  const runningCall = call?.status === 'running' ? call : undefined;
  const running = runningCall !== undefined;
  usePhoneKeys(running, controls.press);

  const startCall = () => {
    calls.current += 1;
    controls.call(toSimOptions(setup, new Date(), `${idPrefix}-${calls.current}`));
  };
  /** What CallScreen needs to drive the running call. */
  const screen = {
    onPress: controls.press,
    onHangUp: controls.hangUp,
    onContinue: controls.resume,
    onStep: controls.step,
  };
  return { call, running, runningCall, startCall, screen };
}
