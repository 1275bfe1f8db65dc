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

/** The chart's least width in its own units; it grows when its labels need more. */
const WIDTH = 360;
const ROW = 24;
/** The most the chart is enlarged on a wide screen: 360 units * 1.4 = 504 px, over the 480 px asked. */
const MAX_SCALE = 1.4;
/** The bars themselves get at least this much of the width, however long the labels. */
const MIN_BAR_SPACE = 120;
/** Label characters drawn: at least 14, more when labels are words ("Answering machine"), at most 24. */
const MIN_CHARS = 14;
const MAX_CHARS = 24;
/** The labels' font (results.css .bar-label, .bar-value), in the SVG's own units. */
const FONT_PX = 12;
const FONT = `${FONT_PX}px system-ui, sans-serif`;
/** Gap between a label and its bar, and the margin kept at either edge of the chart. */
const GAP = 6;
const EDGE = 4;

let context: CanvasRenderingContext2D | null | undefined;
/**
 * How wide `text` is drawn in the labels' font: measured on a canvas where there is one, else bounded
 * from its characters (capitals, "%", "_", "m" and "w" at 0.8 em, "…" at 1 em, the rest 0.6 em), so a
 * label never runs past the chart's edge even where nothing can be measured.
 */
export function textWidth(text: string): number {
  if (context === undefined)
    context =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (context) {
    context.font = FONT;
    // plus 10 %: the page may render with a slightly different face than the canvas measured
    return context.measureText(text).width * 1.1;
  }
  let bound = 0;
  for (const ch of text) bound += (ch === '…' ? 1 : /[A-Z@%mw_]/.test(ch) ? 0.8 : 0.6) * FONT_PX;
  return bound;
}

const widest = (texts: string[]) => texts.reduce((w, text) => Math.max(w, textWidth(text)), 0);

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
  const shown = bars.map((bar) =>
    bar.label.length > chars ? `${bar.label.slice(0, chars - 1)}…` : bar.label,
  );
  const values = bars.map((bar) => `${bar.count.toLocaleString('en-US')} (${percent(bar.share)})`);
  // room for the widest answer on the left and the widest value on the right, the bars in between
  const labelWidth = Math.ceil(EDGE + widest(shown) + GAP);
  const numbers = Math.ceil(GAP + widest(values) + EDGE);
  const chartWidth = Math.max(WIDTH, labelWidth + MIN_BAR_SPACE + numbers);
  const barSpace = chartWidth - labelWidth - numbers;
  return (
    <svg
      ref={ref}
      role="img"
      aria-labelledby={titleId}
      viewBox={`0 0 ${chartWidth} ${height}`}
      width="100%"
      className="bar-chart"
      // a wide main area scales the chart at most 1.4 times (12 px labels drawn at ~17 px), never more
      style={{ maxWidth: `${Math.round(chartWidth * MAX_SCALE)}px` }}
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
            <text x={labelWidth - GAP} y={y + 15} textAnchor="end" className="bar-label">
              {shown[k]}
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
            <text x={chartWidth - numbers + GAP} y={y + 15} className="bar-value">
              {values[k]}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
