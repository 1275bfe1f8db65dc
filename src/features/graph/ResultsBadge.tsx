/**
 * Call results on the graph: on a stashing branch, how many calls took it and their share of the
 * question's answers; on a menu, how many calls reached it and how many left without answering. Reads
 * the results overlay (store/results-slice.ts); renders nothing when the graph shows no numbers.
 */
import { pointsText } from '../../core/index.ts';
import { shownOverlay, useStudio } from '../../store/index.ts';
import './results-badge.css';

const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
/** Forecast counts are scaled, so fractional; real counts are whole already. */
const whole = (n: number) => Math.round(n).toLocaleString('en-US');

export function ResultsBadge({ elementId }: { elementId: string | undefined }) {
  const entry = useStudio((s) =>
    elementId === undefined ? undefined : shownOverlay(s.resultsOverlay, elementId),
  );
  const forecast = useStudio((s) => s.resultsOverlay.source === 'forecast');
  // Beside reality: the forecast's entry for the same element, when both are on the graph.
  const expected = useStudio((s) =>
    s.resultsOverlay.source === 'both' && elementId !== undefined
      ? s.resultsOverlay.forecast?.[elementId]
      : undefined,
  );
  if (!entry) return null;
  if (entry.kind === 'branch' && expected?.kind === 'branch') {
    const points = pointsText((entry.share - expected.share) * 100);
    return (
      <span
        className="dp-results dp-results-both"
        title={`Real: ${whole(entry.count)} calls (${percent(entry.share)} of ${entry.question} answers); forecast ${percent(expected.share)}; difference ${points}`}
        data-testid="results-badge"
      >
        {percent(entry.share)} · ≈ {percent(expected.share)} ({points})
      </span>
    );
  }
  const source = forecast ? 'forecast' : 'results';
  const mark = forecast ? '≈ ' : '';
  const text =
    entry.kind === 'branch'
      ? `${mark}${whole(entry.count)} · ${percent(entry.share)}`
      : entry.reached === undefined
        ? `${mark}answered ${whole(entry.answered)}`
        : `${mark}reached ${whole(entry.reached)} · dropped ${whole(entry.dropOff ?? 0)}`;
  const title =
    entry.kind === 'branch'
      ? `${whole(entry.count)} calls (${percent(entry.share)} of ${entry.question} answers), ${source}`
      : `${entry.reached === undefined ? '?' : whole(entry.reached)} calls reached this menu, ${whole(entry.answered)} answered, ${entry.dropOff === undefined ? '?' : whole(entry.dropOff)} left without answering (hung up or timed out), ${source}`;
  return (
    <span className={`dp-results dp-results-${source}`} title={title} data-testid="results-badge">
      {text}
    </span>
  );
}
