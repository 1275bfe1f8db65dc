import { useState, type FormEvent } from 'react';
import { replayTestCall } from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';
import type { CallSnapshot } from './call-driver.ts';

/** After a call: keep its answers and transcript as a test call under a name. */
export function SaveTestCallForm({ call }: { call: CallSnapshot }) {
  const store = useStudioStore();
  const count = useStudio((s) => s.testCalls.length);
  const save = useStudio((s) => s.saveTestCall);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const finalName = name.trim() || `Test call ${count + 1}`;
    // `sliceSteps` is how the studio runs a call, not part of the call.
    const { sliceSteps: _slice, ...options } = call.state.options;
    const testCall = {
      name: finalName,
      options,
      inputs: call.answers,
      expected: call.events,
    };
    save(testCall);
    // A hang-up during a prompt outside a menu has no --input token: say so rather than save a test
    // that fails on its first run.
    const replay = replayTestCall(store.getState().lastGood, testCall);
    setSaved(
      replay.passed
        ? `Saved "${finalName}"`
        : `Saved "${finalName}", but its answers do not replay the same call (${replay.differences.length} difference(s))`,
    );
    setName('');
  };
  return (
    <form className="sim-save" onSubmit={onSubmit}>
      <label>
        <span>Test call name</span>
        <input
          value={name}
          placeholder={`Test call ${count + 1}`}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <button type="submit">Save as test call</button>
      <span role="status">{saved}</span>
    </form>
  );
}
