/// <reference lib="webworker" />
/**
 * The Results panel's worker: reads page files (one at a time), keeps the merged calls, and answers
 * summaries, cross-tabs and CSV, so the main thread only draws (no long tasks). The batch forecast has
 * a worker of its own (forecast.worker.ts).
 */
import {
  CallResultSet,
  completionOf,
  ResultsInputError,
  csvChunks,
  crossTab,
  filterCalls,
  filterChoices,
  orderQuestions,
  parsePageText,
  reportOfCalls,
  summarizeCalls,
} from '../../core/index.ts';
import type { ResultsEvent, ResultsReply, ResultsRequest } from './worker-protocol.ts';

let set = new CallResultSet();
const tell = (message: ResultsEvent) => self.postMessage(message);

function addText(name: string, text: string): void {
  try {
    set.addPage(parsePageText(text));
  } catch (error) {
    if (!(error instanceof ResultsInputError)) throw error;
    tell({ type: 'file-error', name, message: error.message });
  }
}

async function addFile(file: File, index: number, total: number): Promise<void> {
  addText(file.name, await file.text());
  tell({ type: 'progress', done: index + 1, total, calls: set.size });
  if (index + 1 === total) tell({ type: 'loaded', calls: set.size });
}

/** Answers one message; `reply` sends the answer of a request (only query, csv and report get one). */
function answer(
  request: ResultsRequest,
  reply: (message: ResultsReply) => void,
): Promise<void> | void {
  switch (request.type) {
    case 'add-file':
      return addFile(request.file, request.index, request.total);
    case 'add-text':
      addText(request.name, request.text);
      return tell({ type: 'loaded', calls: set.size });
    case 'clear':
      set = new CallResultSet();
      return tell({ type: 'loaded', calls: 0 });
    case 'query': {
      const calls = filterCalls(set, request.filter);
      const order = orderQuestions(set.questionsSeen, request.known);
      const [row, column] = request.crossTab ?? [];
      return reply({
        type: 'summary',
        summary: summarizeCalls(set, order, calls),
        choices: filterChoices(set),
        questionsSeen: [...set.questionsSeen],
        crossTab: row && column ? crossTab(set, row, column, calls) : undefined,
        completion:
          request.design && completionOf(set, request.design.plan, request.design.design, calls),
      });
    }
    case 'csv': {
      const order = orderQuestions(set.questionsSeen, request.known);
      const parts = [...csvChunks(set, order, filterCalls(set, request.filter))];
      return reply({ type: 'csv', parts });
    }
    case 'report':
      return reply({ type: 'report', html: reportOfCalls(set, request.request) });
  }
}

// Requests run one after the other: a query sent while files load answers with every file read.
let queue: Promise<void> = Promise.resolve();
self.addEventListener('message', (event: MessageEvent<ResultsRequest & { id?: number }>) => {
  const { id } = event.data;
  queue = queue
    .then(() => answer(event.data, (message) => self.postMessage({ id, ...message })))
    // A failure must still answer, or the panel would wait for good.
    .catch((error: unknown) =>
      id === undefined
        ? tell({ type: 'file-error', name: 'results', message: String(error) })
        : self.postMessage({ id, error: String(error) }),
    );
});
