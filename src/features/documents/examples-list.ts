/**
 * The examples gallery's list, bundled (public/examples/index.json, read at build time): the registry
 * has one "Open example: …" action per entry, so the menu and the command palette list the same ones.
 * The example files themselves are fetched when one is opened.
 */
import indexJson from '../../../public/examples/index.json';
import { parseExamplesIndex, type ExampleEntry } from './examples-index.ts';

export const EXAMPLES: readonly ExampleEntry[] = parseExamplesIndex(indexJson);

/** `document.example.political-poll` for political-poll.xml. */
export function exampleActionId(example: ExampleEntry): string {
  return `document.example.${example.file.replace(/\.xml$/, '')}`;
}
