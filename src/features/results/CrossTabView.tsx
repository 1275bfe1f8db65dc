/**
 * Two questions against each other: pick them, read the counts of each pair of answers. The core keeps
 * the 50 most frequent answers each way (CROSS_TAB_LIMIT) and the note says so; the pickers list at
 * most PICKER_LIMIT questions.
 */
import type { CrossTab } from '../../core/index.ts';
import { capNote } from './bars.ts';

export const PICKER_LIMIT = 500;

export function CrossTabView(props: {
  questions: string[];
  choice?: [string, string];
  table?: CrossTab;
  onChoose: (choice: [string, string] | undefined) => void;
}) {
  const { questions, choice, table, onChoose } = props;
  const [row = '', column = ''] = choice ?? [];
  const choose = (r: string, c: string) => onChoose(r && c ? [r, c] : undefined);
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
  return (
    <section aria-label="Cross-tab" className="results-card">
      <h3>Cross-tab</h3>
      <div className="results-row">
        {picker('Rows', row, (r) => choose(r, column))}
        {picker('Columns', column, (c) => choose(row, c))}
      </div>
      {table && (
        <table className="results-table">
          <caption>
            {table.rowQuestion} × {table.columnQuestion} (calls that answered both)
          </caption>
          <thead>
            <tr>
              <th scope="col">{table.rowQuestion}</th>
              {table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, i) => (
              <tr key={r}>
                <th scope="row">{r}</th>
                {table.columns.map((c, j) => (
                  <td key={c}>{table.counts[i]?.[j] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {table && (table.rows.length < table.allRows || table.columns.length < table.allColumns) && (
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
    </section>
  );
}
