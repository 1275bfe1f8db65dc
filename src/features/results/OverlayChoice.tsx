/** Which numbers the graph shows on branches and menus: none, the real results, or the forecast. */
import { useStudio, type OverlaySource } from '../../store/index.ts';
import { FORECAST_CALLS } from './useResultsData.ts';

const CHOICES: { value: OverlaySource; label: string }[] = [
  { value: 'off', label: 'Nothing' },
  { value: 'real', label: 'Real results' },
  { value: 'forecast', label: 'Forecast (batch simulation)' },
];

export function OverlayChoice() {
  const source = useStudio((s) => s.resultsOverlay.source);
  const setOverlay = useStudio((s) => s.setResultsOverlay);
  return (
    <fieldset className="results-overlay-choice">
      <legend>Numbers on the graph</legend>
      {CHOICES.map((c) => (
        <label key={c.value}>
          <input
            type="radio"
            name="results-overlay"
            value={c.value}
            checked={source === c.value}
            onChange={() => setOverlay({ source: c.value })}
          />
          {c.label}
        </label>
      ))}
      {source === 'forecast' && (
        <p className="results-hint">
          {FORECAST_CALLS.toLocaleString('en-US')} simulated calls (random answers), scaled to the
          real live answers when results are loaded.
        </p>
      )}
    </fieldset>
  );
}
