/**
 * One question's answers: a bar chart (or its table), with SVG and PNG downloads of the chart, and a
 * note when the chart shows only some of the rows (see bars.ts).
 */
import { useRef } from 'react';
import { BarChart, type Bar } from './BarChart.tsx';
import { BarTable } from './BarTable.tsx';
import { downloadPng, downloadSvg } from './chart-export.ts';

export function QuestionChart(props: {
  title: string;
  subtitle: string;
  bars: Bar[];
  labelHeader: string;
  asTable: boolean;
  fileName: string;
  note?: string;
}) {
  const { title, subtitle, bars, labelHeader, asTable, fileName, note } = props;
  const svg = useRef<SVGSVGElement>(null);
  return (
    <section aria-label={title} className="results-card">
      <h3>
        {title} <span className="results-sub">{subtitle}</span>
      </h3>
      {asTable ? (
        <BarTable caption={`${title} (${subtitle})`} bars={bars} labelHeader={labelHeader} />
      ) : (
        <>
          <BarChart ref={svg} title={title} bars={bars} />
          <div className="results-card-actions">
            <button
              type="button"
              aria-label={`Download ${title} chart as SVG`}
              title="Download as SVG"
              onClick={() => svg.current && downloadSvg(svg.current, `${fileName}.svg`)}
            >
              SVG
            </button>
            <button
              type="button"
              aria-label={`Download ${title} chart as PNG`}
              title="Download as PNG"
              onClick={() => svg.current && void downloadPng(svg.current, `${fileName}.png`)}
            >
              PNG
            </button>
          </div>
        </>
      )}
      {note && <p className="results-note">{note}</p>}
    </section>
  );
}
