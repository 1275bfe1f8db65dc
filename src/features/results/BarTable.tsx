/** The numbers of a bar chart as a table: for screen readers and for copying into a report. */
import { barName, percent, type Bar } from './BarChart.tsx';

export function BarTable({
  caption,
  bars,
  labelHeader,
}: {
  caption: string;
  bars: Bar[];
  labelHeader: string;
}) {
  const intervals = bars.some((b) => b.low !== undefined);
  const forecast = bars.some((b) => b.forecast !== undefined);
  return (
    <table className="results-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col">Calls</th>
          <th scope="col">Share</th>
          {intervals && <th scope="col">95 % interval</th>}
          {forecast && <th scope="col">Forecast</th>}
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.value ?? bar.label}>
            <th scope="row">{barName(bar)}</th>
            <td>{bar.count}</td>
            <td>{percent(bar.share)}</td>
            {intervals && (
              <td>
                {bar.low === undefined || bar.high === undefined
                  ? ''
                  : `${percent(bar.low)} – ${percent(bar.high)}`}
              </td>
            )}
            {forecast && <td>{bar.forecast === undefined ? '' : percent(bar.forecast)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
