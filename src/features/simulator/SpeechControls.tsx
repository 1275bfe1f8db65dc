import { useStudio } from '../../store/index.ts';
import type { SpeechSpeed } from '../../store/simulator-types.ts';

const SPEEDS: [SpeechSpeed, string][] = [
  [1, '1×'],
  [2, '2×'],
  ['instant', 'Instant'],
];

/** Mute, speed, and whether the browser can speak at all (if not, prompts are captions). */
export function SpeechControls() {
  const muted = useStudio((s) => s.simulator.muted);
  const speed = useStudio((s) => s.simulator.speed);
  const health = useStudio((s) => s.simulator.speechHealth);
  const update = useStudio((s) => s.updateSimulator);
  return (
    <div className="sim-speech">
      <label>
        <input
          type="checkbox"
          checked={muted}
          onChange={(e) => update({ muted: e.target.checked })}
        />
        Mute
      </label>
      <fieldset className="sim-speed">
        <legend>Speed</legend>
        {SPEEDS.map(([value, label]) => (
          <label key={label}>
            <input
              type="radio"
              name="sim-speed"
              checked={speed === value}
              onChange={() => update({ speed: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      {health?.available && health.voiceName && (
        <p className="sim-speech-voice">Voice: {health.voiceName}</p>
      )}
      {health && !health.available && (
        <p role="status" className="sim-speech-off">
          Speech unavailable ({health.reason}): prompts are shown as captions, timed by their
          length.
        </p>
      )}
    </div>
  );
}
