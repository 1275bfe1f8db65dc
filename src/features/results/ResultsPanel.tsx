/**
 * The Results tab: open the pages of a broadcast's calls (GET /v2/calls), see what the poll recorded —
 * headline numbers, one chart per question (or its table), the funnel, a cross-tab — filter the calls,
 * download them as CSV and the charts as SVG/PNG, and put the numbers on the graph (real or forecast).
 * This file, the worker and the charts are one lazy chunk, loaded when the tab first opens.
 */
import { useState } from 'react';
import { downloadText } from '../../ui/download.ts';
import { answerBars, answerTotal, funnelBars, resultBars } from './bars.ts';
import { CrossTabView } from './CrossTabView.tsx';
import { OverlayChoice } from './OverlayChoice.tsx';
import { QuestionChart } from './QuestionChart.tsx';
import { ResultsFilters } from './ResultsFilters.tsx';
import { ResultsInput } from './ResultsInput.tsx';
import { ResultsSummaryView } from './ResultsSummaryView.tsx';
import { useResultsData } from './useResultsData.ts';
import './results.css';

const fileSafe = (text: string) => text.replace(/[^\w-]+/g, '-') || 'chart';

export function ResultsPanel() {
  const results = useResultsData();
  const [asTable, setAsTable] = useState(false);
  const { data, plan } = results;
  const summary = data?.summary;
  const downloadCsv = async () => {
    const text = await results.csv();
    if (text !== undefined) downloadText('call-results.csv', text, 'text/csv');
  };
  return (
    <section aria-label="Results" className="results-panel">
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
          <ResultsSummaryView summary={summary} plan={plan} questionsSeen={data.questionsSeen} />
          <div className="results-row">
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
              Show as tables
            </button>
            <button type="button" onClick={() => void downloadCsv()}>
              Download CSV
            </button>
          </div>
          {summary.questionOrder.map((q) => {
            const counts = summary.questions[q] ?? {};
            return (
              <QuestionChart
                key={q}
                title={q}
                subtitle={`${answerTotal(counts)} answers`}
                bars={answerBars(counts)}
                labelHeader="Answer"
                asTable={asTable}
                fileName={fileSafe(q)}
              />
            );
          })}
          <QuestionChart
            title="Funnel"
            subtitle="live answers that answered each question in turn"
            bars={funnelBars(summary)}
            labelHeader="Step"
            asTable={asTable}
            fileName="funnel"
          />
          <QuestionChart
            title="Final call result"
            subtitle={`${summary.calls} calls`}
            bars={resultBars(summary)}
            labelHeader="Result"
            asTable={asTable}
            fileName="final-call-result"
          />
          <CrossTabView
            questions={summary.questionOrder}
            choice={results.cross}
            table={data.crossTab}
            onChoose={results.setCross}
          />
        </>
      )}
    </section>
  );
}
