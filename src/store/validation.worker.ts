/// <reference lib="webworker" />
/**
 * The validation worker: text in, diagnostics out (see `validation-worker-client.ts`). Ranges are made
 * plain here: the parser's lazy ranges keep their offsets in a class that a message would not carry.
 */
import { parseDialplan, type Diagnostic } from '../core/index.ts';
import { diagnose } from './diagnose.ts';

function plain(d: Diagnostic): Diagnostic {
  return { ...d, range: { start: d.range.start, end: d.range.end } };
}

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  try {
    const { document, diagnostics } = parseDialplan(text);
    self.postMessage({ id, diagnostics: diagnose(document, diagnostics).map(plain) });
  } catch (error) {
    self.postMessage({ id, error: (error as Error).message });
  }
};
