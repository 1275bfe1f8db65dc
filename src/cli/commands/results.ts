/**
 * `dialplan results FILE… [--dialplan FILE] [--json | --csv]`: reads pages of calls (as saved by
 * `dialplan calls fetch` or from GET /v2/calls) one file at a time and prints what the poll recorded.
 * A file that is not a page is reported on stderr and the others are still counted (exit 1).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  CallResultSet,
  answerLabels,
  attrValue,
  completionDesign,
  completionOf,
  callsDateRange,
  crossTabCells,
  oneWayTable,
  ResultsInputError,
  csvChunks,
  dialplanQuestions,
  emptyRecord,
  orderQuestions,
  parseDialplan,
  parsePageText,
  questionMismatches,
  resultsReportHtml,
  summarizeCalls,
  wilsonInterval,
  type DialplanDocument,
  type DialplanQuestions,
  type ResultsSummary,
} from '../../core/index.ts';
import { UsageError, type CliIo } from '../io.ts';
import { parseResultsArgs } from './results-args.ts';
import { crossTabTable, resultsTable } from './results-table.ts';

/** Synchronous on purpose: one small page at a time, and no thread-pool round trip per file. */
function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

function writeReport(path: string, html: string): void {
  try {
    writeFileSync(path, html);
  } catch (error) {
    throw new UsageError(
      `cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
    );
  }
}

/** Reads the pages one after the other; only one page's text is held at a time. */
async function readPages(files: string[], io: CliIo): Promise<{ set: CallResultSet; bad: number }> {
  const set = new CallResultSet();
  let bad = 0;
  for (const file of files) {
    try {
      set.addPage(parsePageText(readText(file)));
    } catch (error) {
      if (!(error instanceof ResultsInputError)) throw error;
      io.stderr(`${file}: error: ${error.message}\n`);
      bad++;
    }
  }
  return { set, bad };
}

/** Keyed by names from the pages, so without a prototype (`__proto__` is a question like any other). */
function intervalsOf(summary: ResultsSummary) {
  const out = emptyRecord<Record<string, ReturnType<typeof wilsonInterval>>>();
  for (const [question, counts] of Object.entries(summary.questions)) {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const intervals = emptyRecord<ReturnType<typeof wilsonInterval>>();
    for (const [response, n] of Object.entries(counts))
      intervals[response] = wilsonInterval(n, total);
    out[question] = intervals;
  }
  return out;
}

function dialplanReport(plan: DialplanQuestions, set: CallResultSet) {
  const { unknownQuestions, unansweredStashes } = questionMismatches(plan, set.questionsSeen);
  return {
    unknownQuestions,
    unansweredStashes: unansweredStashes.map(({ id, question, value }) => ({
      id,
      question,
      value,
    })),
  };
}

export async function resultsCommand(args: string[], io: CliIo): Promise<number> {
  const { files, dialplan, format, crosstab, html } = parseResultsArgs(args);
  const document = dialplan === undefined ? undefined : parseDialplan(readText(dialplan)).document;
  const plan = document && dialplanQuestions(document);
  const { set, bad } = await readPages(files, io);
  const order = orderQuestions(set.questionsSeen, plan?.order);
  const report = plan && dialplanReport(plan, set);
  // With a dialplan only: words for the stored values, and completion by the poll's design.
  const design = document &&
    plan && {
      labels: answerLabels(document),
      completion: completionOf(set, plan, completionDesign(document, plan)),
    };
  const cross = crosstab && crossTabOf(set, crosstab);
  const summary = format === 'csv' && html === undefined ? undefined : summarizeCalls(set, order);
  if (html !== undefined && summary) {
    writeReport(
      html,
      resultsReportHtml({
        summary,
        dialplanName: dialplan === undefined ? undefined : dialplanNameOf(dialplan, document),
        labels: design?.labels,
        completion: design?.completion,
        dateRange: callsDateRange(set),
        crosstab: cross,
      }),
    );
    io.stderr(`report written to ${html}\n`);
  }
  if (format === 'csv')
    for (const chunk of csvChunks(set, order, set.all(), design?.labels)) io.stdout(chunk);
  else if (summary) {
    if (format === 'json') {
      const json = {
        ...summary,
        intervals: intervalsOf(summary),
        ...(report && { dialplan: report }),
        ...design,
        ...(cross && { crosstab: cross }),
      };
      io.stdout(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      io.stdout(resultsTable(summary, design));
      if (cross) io.stdout(`\n${crossTabTable(cross, design?.labels)}`);
    }
  }
  if (report && format === 'table') {
    for (const q of report.unknownQuestions) io.stdout(`Not in the dialplan: question ${q}\n`);
    for (const s of report.unansweredStashes)
      io.stdout(`Never answered: stash ${s.question} = ${s.value} (${s.id})\n`);
  }
  return bad > 0 ? 1 : 0;
}

/** The dialplan's `name` and its file: "Root (political-poll.xml)". */
function dialplanNameOf(file: string, document: DialplanDocument | undefined): string {
  const name = document?.root && attrValue(document.root, 'name');
  return name ? `${name} (${basename(file)})` : basename(file);
}

/** `--crosstab Rows[,Columns]`: a cross-tab of two questions, or a one-way table of one. */
function crossTabOf(set: CallResultSet, [rows, columns]: readonly [string, string?]) {
  return columns === undefined ? oneWayTable(set, rows) : crossTabCells(set, rows, columns);
}

export default resultsCommand;
