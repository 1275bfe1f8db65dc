/**
 * Answer labels (issue 26 item 1): words for the values a poll stores, per question. A label comes from,
 * in this order:
 * 1. a label written in the dialplan, as a comment inside the keypress that stashes the answer:
 *    `<!-- label: Donkeys -->` labels the keypress's literal stash value; `<!-- label 3: Greenies -->`
 *    labels the stored value `3` (for a keypress that stashes `${call.lastinput}` over a range of keys);
 * 2. the menu's prompt: "Press 1 for Donkeys", "press 4 for Undecided", "1 for Yes, or 2 for No",
 *    "For Yes, press 1" — the key pressed gives the label of the value stored by that key;
 * 3. otherwise no label (readers show the raw value).
 * Keyed by names from data, so records without a prototype (records.ts).
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { attrValue, childElements, textContent, walkElements } from '../ast/query.ts';
import { countOf, emptyRecord } from './records.ts';
import { readLabelComment } from './label-comment.ts';

/** Labels per question: `labels[question][value]`. */
export type AnswerLabels = Record<string, Record<string, string>>;

/** "Press 1 for Yes", "2 for No", "press 4 to vote Green" → key → words. */
const KEY_FIRST = /(?:^|[^\w])(\d)\s+(?:for|to)\s+([^.,;:!?\n]+?)(?=\s*(?:[.,;:!?\n]|\bor\b|$))/gi;
/** "For Yes, press 1" → key → words (not the "for" of "3 for Greenies, press 4 …"). */
const WORDS_FIRST = /(?<!\d\s+)\bfor\s+([^.,;:!?\n]+?),?\s+press\s+(\d)\b/gi;

/** The key → words a menu's prompts offer. */
export function promptKeys(prompt: string): Map<string, string> {
  const keys = new Map<string, string>();
  const text = prompt.replace(/\s+/g, ' ');
  for (const m of text.matchAll(WORDS_FIRST)) {
    const [, words = '', key = ''] = m;
    if (!keys.has(key)) keys.set(key, words.trim());
  }
  for (const m of text.matchAll(KEY_FIRST)) {
    const [, key = '', words = ''] = m;
    const label = words.replace(/^(?:vote\s+)?/i, '').trim();
    if (!keys.has(key) && label !== '') keys.set(key, label);
  }
  return keys;
}

/** The single keys a `pressed` attribute stands for: "1", "1-5", "12" (no `default`). */
function keysOf(pressed: string): string[] {
  const range = /^\s*(\d)\s*-\s*(\d)\s*$/.exec(pressed);
  if (range) {
    const keys: string[] = [];
    for (let k = Number(range[1]); k <= Number(range[2]); k++) keys.push(String(k));
    return keys;
  }
  return /^\s*\d+\s*$/.test(pressed) ? [pressed.trim()] : [];
}

/** The labels written as comments inside a keypress: value (or '' for its literal stash) → words. */
function commentLabels(keypress: ElementNode): Map<string, string> {
  const labels = new Map<string, string>();
  for (const child of keypress.children) {
    if (child.type !== 'comment') continue;
    const read = readLabelComment(child.value);
    if (read && read.label !== '') labels.set(read.key, read.label);
  }
  return labels;
}

function promptOf(menu: ElementNode): string {
  return childElements(menu)
    .filter((c) => c.kind === 'play')
    .map(textContent)
    .join(' ');
}

export function answerLabels(doc: DialplanDocument): AnswerLabels {
  const labels: AnswerLabels = emptyRecord();
  const set = (question: string, value: string, label: string | undefined) => {
    if (label === undefined || label === '') return;
    let byValue = countOf(labels, question);
    if (!byValue) labels[question] = byValue = emptyRecord();
    // The first label found for a value wins (a dialplan label before a prompt's words).
    if (countOf(byValue, value) === undefined) byValue[value] = label;
  };
  walkElements(doc.children, (menu) => {
    if (menu.kind !== 'menu') return;
    const prompt = promptKeys(promptOf(menu));
    for (const keypress of childElements(menu)) {
      if (keypress.kind !== 'keypress') continue;
      const keys = keysOf(attrValue(keypress, 'pressed') ?? '');
      const written = commentLabels(keypress);
      walkElements(keypress.children, (stash) => {
        // A menu nested in the branch labels its own answers when the walk reaches it.
        if (stash.kind === 'menu') return false;
        if (stash.kind !== 'stash') return;
        const question = attrValue(stash, 'varname') ?? '';
        const value = textContent(stash).trim();
        if (question === '') return false;
        if (!value.includes('${')) {
          set(question, value, written.get('') ?? written.get(value));
          if (keys.length === 1) set(question, value, prompt.get(keys[0] ?? ''));
        } else {
          // `${call.lastinput}` and the like store the key pressed.
          for (const key of keys) set(question, key, written.get(key) ?? prompt.get(key));
        }
        return false;
      });
    }
  });
  return labels;
}
