import { useId } from 'react';
import type { AfterRepeats, InvalidAnswer } from '../../../core/index.ts';

interface InvalidAnswerFieldsProps {
  invalid: InvalidAnswer;
  onChange: (invalid: InvalidAnswer) => void;
}

const UNTIL_ANSWERED = 'until';
const CAPPED = 'capped';

/** What a wrong key or silence does: repeat until answered, or up to N times and then go on or hang up. */
export function InvalidAnswerFields({ invalid, onChange }: InvalidAnswerFieldsProps) {
  const id = useId();
  const capped = invalid.repeats !== undefined;
  const set = (patch: Partial<InvalidAnswer>) => onChange({ ...invalid, ...patch });
  return (
    <fieldset className="question-invalid">
      <legend>Wrong key or silence</legend>
      <div className="inspector-field">
        <label htmlFor={`${id}-mode`}>Repeat the question</label>
        <select
          id={`${id}-mode`}
          value={capped ? CAPPED : UNTIL_ANSWERED}
          onChange={(e) => set({ repeats: e.target.value === CAPPED ? 2 : undefined })}
        >
          <option value={UNTIL_ANSWERED}>until the caller answers</option>
          <option value={CAPPED}>a number of times, then go on or hang up</option>
        </select>
      </div>
      {capped && (
        <div className="question-cap">
          <div className="inspector-field">
            <label htmlFor={`${id}-times`}>Times</label>
            <input
              id={`${id}-times`}
              type="number"
              min={0}
              max={9}
              value={invalid.repeats}
              onChange={(e) =>
                set({ repeats: Math.max(0, Number.parseInt(e.target.value, 10) || 0) })
              }
            />
          </div>
          <div className="inspector-field">
            <label htmlFor={`${id}-then`}>Then</label>
            <select
              id={`${id}-then`}
              value={invalid.then}
              onChange={(e) => set({ then: e.target.value as AfterRepeats })}
            >
              <option value="next">go on</option>
              <option value="hangup">hang up</option>
            </select>
          </div>
        </div>
      )}
      <div className="inspector-field">
        <label htmlFor={`${id}-message`}>Message before repeating</label>
        <input
          id={`${id}-message`}
          value={invalid.message}
          onChange={(e) => set({ message: e.target.value })}
        />
      </div>
    </fieldset>
  );
}
