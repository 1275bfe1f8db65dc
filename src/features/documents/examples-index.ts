/**
 * examples-index.json (its files in public/examples/): the gallery, in order (the political poll first). Each example carries a
 * saved test call: the simulator options, the caller's inputs (tokens of `dialplan simulate --input`) and
 * the stash responses the call must record (a unit test replays each one with the engine). Opening an
 * example saves its call in the simulator's format, the expected transcript taken from the engine.
 */
import {
  defaultSimOptions,
  parseDialplan,
  runScriptedCall,
  type SavedTestCall,
  type SimOptions,
} from '../../core/index.ts';

export interface ExampleTestCall {
  name: string;
  options: Partial<SimOptions>;
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

/** The example's test call as the simulator saves one: full options and the transcript it expects. */
export function savedTestCallOf(example: ExampleEntry, text: string): SavedTestCall {
  const { name, inputs } = example.testCall;
  const options = { ...defaultSimOptions(), ...example.testCall.options };
  const expected = runScriptedCall(parseDialplan(text).document, options, inputs).events;
  return { name, options, inputs, expected };
}
