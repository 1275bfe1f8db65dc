/**
 * Two questions against each other: pick them, read the counts of each pair of answers with row
 * percentages. Each picker works alone: one question gives a one-way table (its answers, counts and
 * shares), drawn from the summary. The core keeps the 50 most frequent answers each way
 * (CROSS_TAB_LIMIT) and the note says so; the pickers list at most PICKER_LIMIT questions.
 */
import {
  countOf,
  type AnswerLabels,
  type CrossTab,
  type QuestionCounts,
} from '../../core/index.ts';
import { percent } from './BarChart.tsx';
import { BarTable } from './BarTable.tsx';
import { answerBars, answerTotal, capNote } from './bars.ts';
import type { CrossChoice } from './useResultsData.ts';
import { answerLabel, withCode } from './words.ts';

export const PICKER_LIMIT = 500;

const cell = (n: number, total: number) => `${n} (${percent(total === 0 ? 0 : n / total)})`;

function OneWay({
  question,
  counts,
  labels,
}: {
  question: string;
  counts: QuestionCounts;
  labels: AnswerLabels;
}) {
  const byValue = countOf(counts, question) ?? {};
  const { bars, all } = answerBars(byValue, countOf(labels, question));
  const total = answerTotal(byValue);
  return (
    <>
      <BarTable
        caption={`${question} (${total} calls that answered it; choose the other question to cross it)`}
        labelHeader={question}
        // Counts and shares (the row percentages of a one-way table); intervals are on the chart.
        bars={bars.map(({ label, value, count, share }) => ({ label, value, count, share }))}
      />
      {bars.length < all && (
        <p className="results-note">{capNote(bars.length, all, `answers to ${question}`)}</p>
      )}
    </>
  );
}

function TwoWay({ table, labels }: { table: CrossTab; labels: AnswerLabels }) {
  const name = (q: string, v: string) => withCode(answerLabel(labels, q, v), v);
  return (
    <>
      <p className="results-note">
        Calls that answered both; each cell is a count and its share of the row.
      </p>
      {/* Focusable, so the keyboard can scroll a table wider than the pane (axe: scrollable-region-focusable). */}
      <div
        className="results-scroll"
        tabIndex={0}
        role="group"
        aria-label="Cross-tab table, scrolls sideways"
      >
        <table className="results-table">
          <caption>
            {table.rowQuestion} × {table.columnQuestion}
          </caption>
          <thead>
            <tr>
              <th scope="col">{table.rowQuestion}</th>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {name(table.columnQuestion, c)}
                </th>
              ))}
              <th scope="col">Total</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => {
              const counts = table.counts[i] ?? [];
              const total = counts.reduce((a, b) => a + b, 0);
              return (
                <tr key={r}>
                  <th scope="row">{name(table.rowQuestion, r)}</th>
                  {table.columns.map((c, j) => (
                    <td key={c}>{cell(counts[j] ?? 0, total)}</td>
                  ))}
                  <td>{total}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {(table.rows.length < table.allRows || table.columns.length < table.allColumns) && (
        <p className="results-note">
          {[
            capNote(table.rows.length, table.allRows, `answers to ${table.rowQuestion} (rows)`),
            capNote(
              table.columns.length,
              table.allColumns,
              `answers to ${table.columnQuestion} (columns)`,
            ),
          ]
            .filter(Boolean)
            .join(' ')}
        </p>
      )}
    </>
  );
}

export function CrossTabView(props: {
  questions: string[];
  choice: CrossChoice;
  /** The two-way table for the chosen pair, once the worker has counted it. */
  table?: CrossTab;
  counts: QuestionCounts;
  labels: AnswerLabels;
  onChoose: (choice: CrossChoice) => void;
}) {
  const { questions, choice, table, counts, labels, onChoose } = props;
  const { row, column } = choice;
  const picker = (label: string, value: string, onChange: (v: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose…</option>
        {questions.slice(0, PICKER_LIMIT).map((q) => (
          <option key={q}>{q}</option>
        ))}
      </select>
    </label>
  );
  const one = row && column ? undefined : row || column;
  const pairShown = table && table.rowQuestion === row && table.columnQuestion === column;
  return (
    <section aria-label="Cross-tab" className="results-card">
      <h3>Cross-tab</h3>
      <div className="results-row">
        {picker('Rows', row, (r) => onChoose({ row: r, column }))}
        {picker('Columns', column, (c) => onChoose({ row, column: c }))}
      </div>
      {one && <OneWay question={one} counts={counts} labels={labels} />}
      {pairShown && <TwoWay table={table} labels={labels} />}
    </section>
  );
}
