/**
 * The Results tab: open the pages of a broadcast's calls (GET /v2/calls), see what the poll recorded —
 * headline numbers, one chart per question (or its table), the funnel, a cross-tab — filter the calls,
 * download them as CSV and the charts as SVG/PNG, and put the numbers on the graph (real or forecast).
 * This file, the worker and the charts are one lazy chunk, loaded when the tab first opens.
 */
import { useState } from 'react';
import { downloadBlob } from '../../ui/download.ts';
import { answerGaps, countOf, gapSentence } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import {
  CHART_ROWS,
  answerBars,
  answerTotal,
  capNote,
  completionBars,
  forecastNote,
  funnelBars,
  resultBars,
} from './bars.ts';
import { CrossTabView } from './CrossTabView.tsx';
import { ForecastProgress, OverlayChoice } from './OverlayChoice.tsx';
import { QuestionChart } from './QuestionChart.tsx';
import { ResultsFilters } from './ResultsFilters.tsx';
import { ResultsInput } from './ResultsInput.tsx';
import { ResultsSummaryView } from './ResultsSummaryView.tsx';
import { FORECAST_CALLS, useResultsData } from './useResultsData.ts';
import './results.css';

const fileSafe = (text: string) => text.replace(/[^\w-]+/g, '-') || 'chart';

export function ResultsPanel() {
  const results = useResultsData();
  const [asTable, setAsTable] = useState(false);
  const { data, plan, labels } = results;
  const summary = data?.summary;
  const forecast = results.compare ? results.forecast.state?.counts : undefined;
  // The sentence on where reality and forecast part: with the charts' comparison or the graph's.
  const bothOnGraph = useStudio((s) => s.resultsOverlay.source === 'both');
  const compared = results.compare || bothOnGraph ? results.forecast.state : undefined;
  const downloadCsv = async () => {
    const parts = await results.csv();
    if (parts !== undefined)
      downloadBlob('call-results.csv', new Blob(parts, { type: 'text/csv' }));
  };
  const downloadReport = async () => {
    const html = await results.report();
    if (html === undefined) return;
    const day = new Date().toISOString().slice(0, 10);
    const name = `${fileSafe(results.documentName ?? 'poll')}-results-${day}.html`;
    downloadBlob(name, new Blob([html], { type: 'text/html' }));
  };
  return (
    <section
      aria-label="Results"
      className={`results-panel${data === undefined ? ' results-panel-empty' : ''}`}
    >
      <ResultsInput
        addFiles={results.addFiles}
        addText={results.addText}
        clear={results.clear}
        loading={results.loading}
        progress={results.progress}
        errors={results.errors}
        hasCalls={data !== undefined}
      />
      <OverlayChoice forecast={results.forecast} />
      {data && summary && (
        <>
          <ResultsFilters
            filter={results.filter}
            choices={data.choices}
            onChange={results.setFilter}
          />
          <ResultsSummaryView
            summary={summary}
            completion={data.completion}
            plan={plan}
            questionsSeen={data.questionsSeen}
          />
          <div className="results-row">
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
              Show as tables
            </button>
            <button type="button" onClick={() => void downloadCsv()}>
              Download CSV
            </button>
            <button
              type="button"
              className="btn-primary"
              title="One HTML file: charts, tables, filters and dates; opens offline and prints to PDF"
              onClick={() => void downloadReport()}
            >
              Download report
            </button>
            <button
              type="button"
              aria-pressed={results.compare}
              onClick={() => results.setCompare(!results.compare)}
            >
              Forecast beside real
            </button>
          </div>
          {results.compare && (
            <p className="results-hint">
              <span className="results-forecast-key" aria-hidden="true" /> Forecast: the share each
              answer gets in {FORECAST_CALLS.toLocaleString('en-US')} simulated calls (random
              answers), beside the real share.
            </p>
          )}
          {results.compare && <ForecastProgress forecast={results.forecast} />}
          {compared?.status === 'done' && compared.counts && (
            <p className="results-gaps" data-testid="forecast-gaps">
              {gapSentence(
                answerGaps(summary.questions, compared.counts.questions, summary.questionOrder),
                labels,
              )}
            </p>
          )}
          {summary.questionOrder.slice(0, CHART_ROWS).map((q) => {
            const counts = countOf(summary.questions, q) ?? {};
            const expected = forecast && countOf(forecast.questions, q);
            const bars = answerBars(counts, countOf(labels, q), expected);
            const notes = [
              capNote(bars.bars.length, bars.all, 'answers'),
              expected && forecastNote(bars.bars, answerTotal(counts)),
            ].filter(Boolean);
            return (
              <QuestionChart
                key={q}
                title={q}
                subtitle={`${answerTotal(counts)} answers`}
                bars={bars.bars}
                note={notes.length > 0 ? notes.join(' ') : undefined}
                labelHeader="Answer"
                asTable={asTable}
                fileName={fileSafe(q)}
              />
            );
          })}
          {summary.questionOrder.length > CHART_ROWS && (
            <p className="results-note">
              {capNote(CHART_ROWS, summary.questionOrder.length, 'questions', false)}
            </p>
          )}
          {[
            data.completion
              ? {
                  title: 'Funnel',
                  subtitle:
                    'live answers that completed the poll by design (their last answer ends it, so a No completes), and where the others stopped',
                  bars: completionBars(data.completion),
                  what: 'steps',
                  labelHeader: 'Step',
                  fileName: 'funnel',
                }
              : {
                  title: 'Funnel',
                  subtitle: 'live answers that answered each question in turn',
                  bars: funnelBars(summary),
                  what: 'steps',
                  labelHeader: 'Step',
                  fileName: 'funnel',
                },
            {
              title: 'Final call result',
              subtitle: `${summary.calls} calls`,
              bars: resultBars(summary),
              what: 'results',
              labelHeader: 'Result',
              fileName: 'final-call-result',
            },
          ].map(({ bars, what, ...chart }) => (
            <QuestionChart
              key={chart.title}
              {...chart}
              bars={bars.bars}
              note={capNote(bars.bars.length, bars.all, what, what !== 'steps')}
              asTable={asTable}
            />
          ))}
          <CrossTabView
            questions={summary.questionOrder}
            choice={results.cross}
            table={data.crossTab}
            counts={summary.questions}
            labels={labels}
            onChoose={results.setCross}
          />
        </>
      )}
    </section>
  );
}
