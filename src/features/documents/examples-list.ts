/**
 * The examples gallery's list, bundled (examples-index.json beside this file, read at build time; it lives
 * in src/, not public/, because Vite warns on every load about a module imported from public/): the registry
 * has one "Open example: …" action per entry, so the menu and the command palette list the same ones.
 * The example files themselves stay in public/examples/ and are fetched when one is opened.
 */
import indexJson from './examples-index.json';
import { parseExamplesIndex, type ExampleEntry } from './examples-index.ts';

export const EXAMPLES: readonly ExampleEntry[] = parseExamplesIndex(indexJson);

/** `document.example.political-poll` for political-poll.xml. */
export function exampleActionId(example: ExampleEntry): string {
  return `document.example.${example.file.replace(/\.xml$/, '')}`;
}
