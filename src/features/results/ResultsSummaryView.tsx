/** The headline numbers and what the results and the dialplan disagree on. */
import {
  questionMismatches,
  type DialplanQuestions,
  type ResultsSummary,
} from '../../core/index.ts';
import { percent } from './BarChart.tsx';

/** A list for a sentence: the first NOTE_ITEMS, then how many more (20,000 unknown questions happen). */
const NOTE_ITEMS = 20;
const capped = (items: string[]) =>
  items.length <= NOTE_ITEMS
    ? items.join(', ')
    : `${items.slice(0, NOTE_ITEMS).join(', ')} and ${(items.length - NOTE_ITEMS).toLocaleString('en-US')} more`;

function conflictNote({ count, examples }: NonNullable<ResultsSummary['conflictingAttempts']>) {
  const named = examples.map((e) => `call ${e.call} attempt ${e.attempt}`).join(', ');
  const more = count > examples.length ? ', …' : '';
  return `${count.toLocaleString('en-US')} attempts were listed again with different contents; the first reading of each was kept (${named}${more}).`;
}

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
      {summary.conflictingAttempts && (
        <p className="results-note">{conflictNote(summary.conflictingAttempts)}</p>
      )}
      {unknownQuestions.length > 0 && (
        <p className="results-note">
          Not in this dialplan: {capped(unknownQuestions.map((q) => `“${q}”`))}.
        </p>
      )}
      {questionsSeen.length > 0 && unansweredStashes.length > 0 && (
        <p className="results-note">
          Never answered: {capped(unansweredStashes.map((s) => `stash ${s.question} = ${s.value}`))}
          .
        </p>
      )}
    </section>
  );
}
