/**
 * Horizontal bars in plain SVG: one row per answer with its count and share, each bar titled with the
 * numbers and the 95 % interval (screen readers and tooltips), the whole chart an image with a name.
 * Plain SVG rather than a chart library: bars are all we draw, and this costs ~1 KB instead of 50–150 KB.
 */
import { forwardRef, useId } from 'react';

export interface Bar {
  label: string;
  count: number;
  /** 0..1 of the chart's total. */
  share: number;
  low?: number;
  high?: number;
}

const WIDTH = 360;
const ROW = 24;
const LABEL = 100;
const NUMBERS = 100;
const BAR_SPACE = WIDTH - LABEL - NUMBERS;

export const percent = (share: number) => `${(share * 100).toFixed(1)} %`;

export function barTitle(bar: Bar): string {
  const range =
    bar.low === undefined || bar.high === undefined
      ? ''
      : `, 95 % interval ${percent(bar.low)} – ${percent(bar.high)}`;
  return `${bar.label}: ${bar.count} (${percent(bar.share)}${range})`;
}

export const BarChart = forwardRef<SVGSVGElement, { title: string; bars: Bar[] }>(function BarChart(
  { title, bars },
  ref,
) {
  const titleId = useId();
  const height = bars.length * ROW + 4;
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
        const width = Math.max(bar.count > 0 ? 2 : 0, share * BAR_SPACE);
        return (
          <g key={bar.label}>
            <title>{barTitle(bar)}</title>
            <text x={LABEL - 6} y={y + 15} textAnchor="end" className="bar-label">
              {bar.label.length > 14 ? `${bar.label.slice(0, 13)}…` : bar.label}
            </text>
            <rect x={LABEL} y={y + 3} width={BAR_SPACE} height={ROW - 8} className="bar-track" />
            <rect x={LABEL} y={y + 3} width={width} height={ROW - 8} className="bar-fill" />
            {bar.low !== undefined && bar.high !== undefined && (
              <line
                x1={LABEL + bar.low * BAR_SPACE}
                x2={LABEL + bar.high * BAR_SPACE}
                y1={y + ROW / 2 - 1}
                y2={y + ROW / 2 - 1}
                className="bar-interval"
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
