/** The options of `dialplan results`, declared once: parsing and help both read them. */
import { defineCommand, parseCommand, usageError } from '../args.ts';

export const RESULTS = defineCommand({
  name: 'results',
  summary: "count a poll's answers from saved pages of calls",
  usage: 'dialplan results [options] FILE…',
  description:
    'Reads pages of calls (as saved by `dialplan calls fetch` or from GET /v2/calls) one file at a ' +
    'time, counts each call once however the pages overlap, and prints a readable table of the ' +
    'answers. A file that is not a page is named on standard error and the others still count.',
  arguments: [['FILE…', 'page files ({items, limit, offset, totalCount} or bare arrays)']],
  options: {
    dialplan: {
      type: 'string',
      value: 'FILE',
      description:
        "the poll's dialplan: orders the questions, names what it lacks, labels the answers and counts completion by design",
    },
    json: { type: 'boolean', description: 'print one JSON object {calls, questions, funnel, …}' },
    csv: { type: 'boolean', description: 'print a CSV row per call, one column per question' },
    crosstab: {
      type: 'string',
      value: 'ROWS[,COLUMNS]',
      description:
        'cross-tabulate two questions (counts and row percentages; --json adds "crosstab"); one question gives a one-way table',
    },
    html: {
      type: 'string',
      value: 'FILE',
      description:
        'also write a self-contained HTML report (charts, tables, dialplan name, date range; no script, opens offline)',
    },
  },
  exitCodes: [
    [0, 'every file was a page of calls'],
    [1, 'a file was not a page (the others were still counted)'],
    [2, 'usage error, or a file that cannot be read or written'],
  ],
  example: 'dialplan results calls-42/*.json --dialplan poll.xml',
  run: async () => (await import('./results.ts')).resultsCommand,
});

export interface ResultsArgs {
  files: string[];
  dialplan?: string;
  format: 'table' | 'json' | 'csv';
  /** `--crosstab Rows[,Columns]`: the row question and, for a two-way table, the column question. */
  crosstab?: [string, string?];
  /** `--html FILE`: where to write the report. */
  html?: string;
}

function crosstabOf(text: string | undefined): [string, string?] | undefined {
  if (text === undefined) return undefined;
  const names = text.split(',').map((n) => n.trim());
  const [rows = '', columns] = names;
  if (names.length > 2 || rows === '' || columns === '')
    usageError(RESULTS, '--crosstab takes one or two question names: ROWS[,COLUMNS]');
  return columns === undefined ? [rows] : [rows, columns];
}

export function parseResultsArgs(args: readonly string[]): ResultsArgs {
  const { values, positionals } = parseCommand(RESULTS, args);
  if (values.json && values.csv) usageError(RESULTS, '--json and --csv exclude each other');
  if (positionals.length === 0) usageError(RESULTS, 'expected at least one FILE');
  const format = values.json ? 'json' : values.csv ? 'csv' : 'table';
  if (values.crosstab !== undefined && values.csv)
    usageError(RESULTS, '--crosstab and --csv exclude each other');
  const crosstab = crosstabOf(values.crosstab);
  return { files: positionals, dialplan: values.dialplan, format, crosstab, html: values.html };
}
