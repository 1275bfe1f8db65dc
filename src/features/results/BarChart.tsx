/**
 * Horizontal bars in plain SVG: one row per answer with its count and share, each bar titled with the
 * numbers and the 95 % interval (screen readers and tooltips), the whole chart an image with a name.
 * Plain SVG rather than a chart library: bars are all we draw, and this costs ~1 KB instead of 50–150 KB.
 */
import { forwardRef, useId } from 'react';

export interface Bar {
  /** Words when there are some ("Donkeys", "Live answer"), else the stored value. */
  label: string;
  /** The stored value or code, when the label is words for it: kept in tooltips and tables. */
  value?: string;
  count: number;
  /** 0..1 of the chart's total. */
  share: number;
  low?: number;
  high?: number;
  /** 0..1: the batch simulation's share for the same answer, drawn as a dashed mark beside the bar. */
  forecast?: number;
}

const WIDTH = 360;
const ROW = 24;
const NUMBERS = 100;
/** Label characters drawn: at least 14, more when labels are words ("Answering machine"), at most 24. */
const MIN_CHARS = 14;
const MAX_CHARS = 24;
const CHAR_WIDTH = 7.2;

export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

/** "Donkeys (1)": the words and the stored value, or the value alone. */
export const barName = (bar: Bar) =>
  bar.value === undefined || bar.value === bar.label ? bar.label : `${bar.label} (${bar.value})`;

export function barTitle(bar: Bar): string {
  const range =
    bar.low === undefined || bar.high === undefined
      ? ''
      : `, 95 % interval ${percent(bar.low)} – ${percent(bar.high)}`;
  const forecast = bar.forecast === undefined ? '' : `; forecast ${percent(bar.forecast)}`;
  return `${barName(bar)}: ${bar.count} (${percent(bar.share)}${range})${forecast}`;
}

export const BarChart = forwardRef<SVGSVGElement, { title: string; bars: Bar[] }>(function BarChart(
  { title, bars },
  ref,
) {
  const titleId = useId();
  const height = bars.length * ROW + 4;
  const longest = bars.reduce((n, bar) => Math.max(n, bar.label.length), 0);
  const chars = Math.min(MAX_CHARS, Math.max(MIN_CHARS, longest));
  const labelWidth = Math.round(chars * CHAR_WIDTH + 8);
  const barSpace = WIDTH - labelWidth - NUMBERS;
  return (
    <svg
      ref={ref}
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      className="bar-chart"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id={titleId}>{`${title}: ${bars.map(barTitle).join('; ')}`}</title>
      {bars.map((bar, k) => {
        const y = k * ROW + 2;
        const share = Number.isFinite(bar.share) ? bar.share : 0;
        const width = Math.max(bar.count > 0 ? 2 : 0, share * barSpace);
        return (
          <g key={bar.value ?? bar.label}>
            <title>{barTitle(bar)}</title>
            <text x={labelWidth - 6} y={y + 15} textAnchor="end" className="bar-label">
              {bar.label.length > chars ? `${bar.label.slice(0, chars - 1)}…` : bar.label}
            </text>
            <rect
              x={labelWidth}
              y={y + 3}
              width={barSpace}
              height={ROW - 8}
              className="bar-track"
            />
            <rect x={labelWidth} y={y + 3} width={width} height={ROW - 8} className="bar-fill" />
            {bar.low !== undefined && bar.high !== undefined && (
              <line
                x1={labelWidth + bar.low * barSpace}
                x2={labelWidth + bar.high * barSpace}
                y1={y + ROW / 2 - 1}
                y2={y + ROW / 2 - 1}
                className="bar-interval"
              />
            )}
            {bar.forecast !== undefined && (
              <line
                x1={labelWidth + bar.forecast * barSpace}
                x2={labelWidth + bar.forecast * barSpace}
                y1={y + 1}
                y2={y + ROW - 3}
                className="bar-forecast"
              />
            )}
            <text x={WIDTH - NUMBERS + 6} y={y + 15} className="bar-value">
              {`${bar.count.toLocaleString('en-US')} (${percent(bar.share)})`}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
