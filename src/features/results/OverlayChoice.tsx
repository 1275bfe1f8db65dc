/** Which numbers the graph shows on branches and menus: none, the real results, or the forecast. */
import { useStudio, type OverlaySource } from '../../store/index.ts';
import type { Forecast } from './useForecast.ts';
import { FORECAST_CALLS } from './useResultsData.ts';

const CHOICES: { value: OverlaySource; label: string }[] = [
  { value: 'off', label: 'Nothing' },
  { value: 'real', label: 'Real results' },
  { value: 'forecast', label: 'Forecast (batch simulation)' },
  { value: 'both', label: 'Real beside forecast' },
];

/** How far the forecast is, with Cancel while it runs and Run again once cancelled. */
export function ForecastProgress({ forecast }: { forecast: Forecast }) {
  const state = forecast.state;
  if (!state || state.status === 'done') return null;
  const count = (n: number) => n.toLocaleString('en-US');
  if (state.status === 'running') {
    return (
      <div className="results-forecast-progress">
        <progress value={state.done} max={state.total} aria-label="Forecast progress" />
        <span role="status">
          Forecast: simulated {count(state.done)} of {count(state.total)} calls…
        </span>
        <button type="button" onClick={forecast.cancel}>
          Cancel forecast
        </button>
      </div>
    );
  }
  return (
    <div className="results-forecast-progress">
      <span role="status">
        {state.status === 'cancelled'
          ? `Forecast cancelled after ${count(state.done)} of ${count(state.total)} calls.`
          : `The forecast failed${state.error ? ` (${state.error})` : ''}.`}
      </span>
      <button type="button" onClick={forecast.again}>
        Run the forecast again
      </button>
    </div>
  );
}

export function OverlayChoice({ forecast }: { forecast: Forecast }) {
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
      {(source === 'forecast' || source === 'both') && (
        <p className="results-hint">
          {FORECAST_CALLS.toLocaleString('en-US')} simulated calls (random answers), scaled to the
          real live answers when results are loaded.
        </p>
      )}
      {(source === 'forecast' || source === 'both') && <ForecastProgress forecast={forecast} />}
    </fieldset>
  );
}
