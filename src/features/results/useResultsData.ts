/**
 * The Results panel's state: the worker (created with the panel), what it has read, the filter and
 * cross-tab choice, the latest summary for them, and the graph overlay it feeds to the store (real
 * results, and the batch forecast when asked for).
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  answerLabels,
  completionDesign,
  dialplanQuestions,
  emptyRecord,
  overlayOf,
  type CallFilter,
  type OverlayCounts,
} from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { ResultsClient } from './results-client.ts';
import { useForecast } from './useForecast.ts';
import type { QueryReply } from './worker-protocol.ts';

/** The cross-tab's pickers: each may be '' (not chosen); rows alone give a one-way table. */
export interface CrossChoice {
  row: string;
  column: string;
}

export interface LoadProgress {
  done: number;
  total: number;
  calls: number;
}

/**
 * Simulated calls behind the forecast; its counts are scaled to the real live answers when loaded.
 * Scaled counts stay fractional (the badge rounds what it shows): rounding each answer's count first
 * made 5 Candidate answers out of 3 calls that reached the question.
 */
export const FORECAST_CALLS = 2000;

function scaled(counts: OverlayCounts, liveAnswers: number | undefined): OverlayCounts {
  if (!liveAnswers || counts.liveAnswers === 0) return counts;
  const k = liveAnswers / counts.liveAnswers;
  // Keyed by names from data: without a prototype, so a question named __proto__ stays a question.
  const questions: OverlayCounts['questions'] = emptyRecord();
  for (const [q, byResponse] of Object.entries(counts.questions)) {
    const byScaled = emptyRecord<number>();
    for (const [r, n] of Object.entries(byResponse)) byScaled[r] = n * k;
    questions[q] = byScaled;
  }
  return { liveAnswers, questions };
}

function failedMessage(why: string): string {
  return `Reading the results failed (${why}). Load the files again.`;
}

/** Adds `message` to the errors shown, unless it is there already. */
function tellOnce(setErrors: (update: (errors: string[]) => string[]) => void, message: string) {
  setErrors((errors) => (errors.includes(message) ? errors : [...errors, message]));
}

export function useResultsData() {
  const [progress, setProgress] = useState<LoadProgress>();
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [version, setVersion] = useState(0);
  const [filter, setFilter] = useState<CallFilter>({});
  const [cross, setCross] = useState<CrossChoice>({ row: '', column: '' });
  const [data, setData] = useState<QueryReply>();
  const clientRef = useRef<ResultsClient | undefined>(undefined);
  const lastGood = useStudio((s) => s.lastGood);
  const source = useStudio((s) => s.resultsOverlay.source);
  const documentName = useStudio((s) => s.documents.find((d) => d.id === s.activeId)?.name);
  const store = useStudioStore();
  const plan = useMemo(() => dialplanQuestions(lastGood), [lastGood]);
  const known = plan.order;
  const labels = useMemo(() => answerLabels(lastGood), [lastGood]);
  const design = useMemo(
    () =>
      plan.order.length === 0 ? undefined : { plan, design: completionDesign(lastGood, plan) },
    [lastGood, plan],
  );
  // Only a pair of questions goes to the worker; one picker alone is drawn from the summary.
  const { row, column } = cross;
  const pair = useMemo<[string, string] | undefined>(
    () => (row && column ? [row, column] : undefined),
    [row, column],
  );

  useEffect(() => {
    const client = new ResultsClient({
      onProgress: (done, total, calls) => setProgress({ done, total, calls }),
      onLoaded: () => {
        setLoading(false);
        setVersion((v) => v + 1);
      },
      onFileError: (name, message) => setErrors((e) => [...e, `${name}: ${message}`]),
      onFailed: (message) => {
        setLoading(false);
        tellOnce(setErrors, failedMessage(message));
      },
    });
    clientRef.current = client;
    return () => client.dispose();
  }, []);

  useEffect(() => {
    const client = clientRef.current;
    if (!client || version === 0) return;
    let current = true;
    // A transition: React draws the summary and charts in slices, so the render that follows a
    // summary of 100,000 calls never holds the main thread in one long task.
    client.query(filter, known, pair, design).then(
      (reply) => current && startTransition(() => setData(reply)),
      // A failed worker says so once (onFailed); a query the worker could not answer says why.
      (error: Error) => current && tellOnce(setErrors, failedMessage(error.message)),
    );
    return () => {
      current = false;
    };
  }, [version, filter, known, pair, design]);

  // The forecast runs for the graph's overlay, or to draw it beside the real shares on the charts.
  const [compare, setCompare] = useState(false);
  const forecastRun = useForecast(
    source === 'forecast' || source === 'both' || compare,
    store,
    lastGood,
    FORECAST_CALLS,
  );
  const forecast = forecastRun.state?.counts;

  const summary = data?.summary;
  useEffect(() => {
    const { setResultsOverlay } = store.getState();
    setResultsOverlay({
      real: summary ? overlayOf(plan, summary) : undefined,
      forecast: forecast ? overlayOf(plan, scaled(forecast, summary?.liveAnswers)) : undefined,
    });
  }, [plan, summary, forecast, store]);

  const start = () => {
    setLoading(true);
    setErrors([]);
    setProgress(undefined);
  };
  const addFiles = useCallback((files: File[]) => {
    if (files.length === 0) return;
    start();
    void clientRef.current?.addFiles(files);
  }, []);
  const addText = useCallback((text: string) => {
    start();
    clientRef.current?.addText('pasted text', text);
  }, []);
  const clear = useCallback(() => {
    setData(undefined);
    clientRef.current?.clear();
  }, []);
  // A download the worker could not make says why, as a failed query does.
  const notMade = useCallback((error: Error) => {
    tellOnce(setErrors, failedMessage(error.message));
    return undefined;
  }, []);
  const csv = useCallback(
    () => clientRef.current?.csv(filter, known).catch(notMade),
    [filter, known, notMade],
  );
  // The report crosses what the pickers cross; one picker alone gives its one-way table.
  const report = useCallback(() => {
    const rows = row || column;
    return clientRef.current
      ?.report({
        filter,
        known,
        labels,
        design,
        dialplanName: documentName,
        crosstab: rows ? { rows, ...(row && column && { columns: column }) } : undefined,
        generatedAt: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
      })
      .catch(notMade);
  }, [filter, known, labels, design, documentName, row, column, notMade]);

  return {
    progress,
    loading,
    errors,
    data,
    plan,
    labels,
    filter,
    setFilter,
    cross,
    setCross,
    addFiles,
    addText,
    clear,
    csv,
    report,
    documentName,
    forecast: forecastRun,
    compare,
    setCompare,
  };
}

export type ResultsData = ReturnType<typeof useResultsData>;
