/** The headline numbers and what the results and the dialplan disagree on. */
import {
  questionMismatches,
  type DialplanQuestions,
  type ResultsSummary,
} from '../../core/index.ts';
import { percent } from './BarChart.tsx';

export function ResultsSummaryView(props: {
  summary: ResultsSummary;
  plan: DialplanQuestions;
  questionsSeen: string[];
}) {
  const { summary, plan, questionsSeen } = props;
  const { unknownQuestions, unansweredStashes } = questionMismatches(plan, questionsSeen);
  return (
    <section aria-label="Summary" className="results-summary">
      <dl>
        <div>
          <dt>Calls</dt>
          <dd>{summary.calls.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Live answers</dt>
          <dd>{summary.liveAnswers.toLocaleString('en-US')}</dd>
        </div>
        <div>
          <dt>Completion rate</dt>
          <dd title="Live answers that answered every question">
            {percent(summary.completionRate)}
          </dd>
        </div>
        <div>
          <dt>Billed</dt>
          <dd>{summary.billed.toFixed(2)}</dd>
        </div>
      </dl>
      {summary.skipped > 0 && (
        <p className="results-note">
          {summary.skipped} page items without a call id were left out.
        </p>
      )}
      {unknownQuestions.length > 0 && (
        <p className="results-note">
          Not in this dialplan: {unknownQuestions.map((q) => `“${q}”`).join(', ')}.
        </p>
      )}
      {questionsSeen.length > 0 && unansweredStashes.length > 0 && (
        <p className="results-note">
          Never answered:{' '}
          {unansweredStashes.map((s) => `stash ${s.question} = ${s.value}`).join(', ')}.
        </p>
      )}
    </section>
  );
}
