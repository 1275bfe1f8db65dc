/**
 * public/examples/index.json: the gallery, in order (the political poll first). Each example carries a
 * saved test call: the simulator options, the caller's inputs (tokens of `dialplan simulate --input`) and
 * the stash responses the call must record. Full expected transcripts (`SavedTestCall.expected`) are to
 * be generated with the simulator engine once it lands.
 */
export interface ExampleTestCall {
  name: string;
  options: { answer: 'live' | 'machine' | 'inbound'; [key: string]: unknown };
  inputs: string[];
  expectedResponses: { question: string; response: string }[];
}

export interface ExampleEntry {
  file: string;
  title: string;
  description: string;
  testCall: ExampleTestCall;
}

function isEntry(value: unknown): value is ExampleEntry {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<ExampleEntry>;
  return (
    typeof v.file === 'string' &&
    /^[\w-]+\.xml$/.test(v.file) &&
    typeof v.title === 'string' &&
    typeof v.description === 'string' &&
    typeof v.testCall === 'object'
  );
}

/** Keeps the well-formed entries; a file name must be a plain name (no path) to stay same-origin. */
export function parseExamplesIndex(json: unknown): ExampleEntry[] {
  const list = (json as { examples?: unknown })?.examples;
  return Array.isArray(list) ? list.filter(isEntry) : [];
}
