/** The headline numbers and what the results and the dialplan disagree on. */
import {
  questionMismatches,
  type Completion,
  type DialplanQuestions,
  type ResultsSummary,
} from '../../core/index.ts';
import { percent } from './BarChart.tsx';
import { BILLED_UNIT } from './words.ts';

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
  /** Completion by design, when the open dialplan asks questions. */
  completion?: Completion;
  plan: DialplanQuestions;
  questionsSeen: string[];
}) {
  const { summary, completion, plan, questionsSeen } = props;
  const rate = completion
    ? completion.live === 0
      ? 0
      : completion.completed / completion.live
    : summary.completionRate;
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
          <dd>{percent(rate)}</dd>
        </div>
        <div>
          <dt>Billed</dt>
          <dd>
            {summary.billed.toFixed(2)} {BILLED_UNIT}
          </dd>
        </div>
      </dl>
      <p className="results-note">
        {completion
          ? `Completion: live answers whose last answer was on a branch that ends the poll (a No that is thanked and hung up on has completed); ${completion.completed.toLocaleString('en-US')} of ${completion.live.toLocaleString('en-US')}. `
          : 'Completion: live answers that answered every question (the open dialplan asks none, so its design is unknown). '}
        Billed amounts are as the API gives them: {BILLED_UNIT}, unless the account says otherwise.
      </p>
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
