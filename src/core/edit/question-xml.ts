/**
 * Writing a question model (question-model.ts) as plain CallFire XML, and the minimal patch that puts it
 * in place of the menu it was read from (only that menu's text changes).
 *
 * A repeat cap is a counter (reference §2.5: samples cap retries with `setvar` + `if`): the menu resets
 * `question_retries` before its prompt, the default branch counts, repeats by going to the prompt (a goto
 * to a play inside a menu replays from that prompt and waits again, reference §2.4) while under the cap,
 * then goes on or hangs up. The counter lives inside the menu, so the question stays one element.
 */
import type { DialplanDocument } from '../ast/types.ts';
import { elementName } from '../ast/query.ts';
import { escapeAttribute, escapeText } from '../xml/entities.ts';
import { cleanLabel, labelCommentXml } from '../results/label-comment.ts';
import { indentBefore, indentUnitOf, newlineOf, reindent } from './layout-text.ts';
import { indexOf, isWithin, requireElement } from './lookup.ts';
import { referencesTo } from './element-names.ts';
import { retargetPatches } from './rename.ts';
import {
  promptName,
  RETRY_COUNTER,
  type QuestionAnswer,
  type QuestionModel,
} from './question-model.ts';
import type { EditResult } from './types.ts';

const RANGE = /^(\d+)\s*-\s*(\d+)$/;

/** "Press 1 for Yes, press 2 for No." (a range: "Press 1 to 5.") */
export function answersPhrase(answers: readonly QuestionAnswer[]): string {
  const parts = answers.map((a) => {
    const range = RANGE.exec(a.pressed);
    if (range) return `press ${range[1]} to ${range[2]}`;
    return `press ${a.pressed} for ${a.value}`;
  });
  const phrase = parts.join(', ');
  return phrase === '' ? '' : `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`;
}

/** The prompt with its "Press …" part (re)generated from the answers; the question before it is kept. */
export function promptFromAnswers(prompt: string, answers: readonly QuestionAnswer[]): string {
  const pressAt = prompt.search(/\bpress\s+\d/i);
  const question = (pressAt === -1 ? prompt : prompt.slice(0, pressAt)).trim();
  return [question, answersPhrase(answers)].filter((s) => s !== '').join(' ');
}

function longestKey(answers: readonly QuestionAnswer[]): number {
  return answers
    .map((a) => {
      const range = RANGE.exec(a.pressed);
      return range ? Math.max(range[1]?.length ?? 1, range[2]?.length ?? 1) : a.pressed.length;
    })
    .reduce((m, n) => Math.max(m, n), 1);
}

export const play = (voice: string, text: string, name?: string) =>
  `<play type="tts" voice="${escapeAttribute(voice)}"${name ? ` name="${escapeAttribute(name)}"` : ''}>${escapeText(text)}</play>`;
export const goto = (target: string) => `<goto>${escapeText(target)}</goto>`;

function goOn(q: QuestionModel, then: 'next' | 'hangup'): string[] {
  if (then === 'hangup') return ['<hangup/>'];
  return q.next ? [goto(q.next)] : [];
}

/**
 * The default branch's body (lines at column 0, the `if` body one `unit` in): the message, then the
 * repeat. A capped repeat goes to `promptTarget`, the name the prompt carries.
 */
export function invalidBody(q: QuestionModel, unit: string, promptTarget: string): string[] {
  const invalid = q.invalid;
  if (!invalid) return [];
  const message = invalid.message ? [play(q.voice, invalid.message)] : [];
  if (invalid.repeats === undefined) return [...message, goto(q.name)];
  const cap = `\${${RETRY_COUNTER}} &lt;= ${invalid.repeats}`;
  return [
    `<setvar varname="${RETRY_COUNTER}">\${${RETRY_COUNTER}} + 1</setvar>`,
    `<if expr="${cap}">`,
    ...[...message, goto(promptTarget)].map((line) => unit + line),
    '</if>',
    ...goOn(q, invalid.then),
  ];
}

function invalidBranch(q: QuestionModel, unit: string): string[] {
  if (!q.invalid) return [];
  const body = invalidBody(q, unit, promptName(q.name));
  return ['<keypress pressed="default">', ...body.map((l) => unit + l), '</keypress>'];
}

export const stashXml = (varname: string, value: string) =>
  `<stash varname="${escapeAttribute(varname)}">${escapeText(value)}</stash>`;

/** An answer branch: store the answer, go on. */
export function answerXml(q: QuestionModel, a: QuestionAnswer, unit: string): string[] {
  return [
    `<keypress pressed="${escapeAttribute(a.pressed)}">`,
    ...(a.label && cleanLabel(a.label) !== '' ? [unit + labelCommentXml(a.label)] : []),
    unit + stashXml(q.varname, a.value),
    ...goOn(q, 'next').map((l) => unit + l),
    '</keypress>',
  ];
}

/** The menu's `maxDigits`: at least as many as the longest key sequence. */
export function maxDigitsOf(q: QuestionModel): string {
  return String(Math.max(Number.parseInt(q.maxDigits, 10) || 1, longestKey(q.answers)));
}

/** The question as a `<menu>` written at column 0 with the given indentation step. */
export function questionXml(q: QuestionModel, unit = '    '): string {
  const capped = q.invalid?.repeats !== undefined;
  const maxDigits = maxDigitsOf(q);
  const name = q.name ? ` name="${escapeAttribute(q.name)}"` : '';
  const answers = q.answers.flatMap((a) => answerXml(q, a, unit));
  const body = [
    ...(capped ? [`<setvar varname="${RETRY_COUNTER}">0</setvar>`] : []),
    play(q.voice, q.prompt, capped ? promptName(q.name) : undefined),
    ...answers,
    ...invalidBranch(q, unit),
  ];
  return [
    `<menu maxDigits="${maxDigits}" timeout="${escapeAttribute(q.timeout)}"${name}>`,
    ...body.map((l) => unit + l),
    '</menu>',
  ].join('\n');
}

/**
 * Replaces the whole menu `menuId` with the question `q` (one patch over that menu's text, plus the
 * gotos elsewhere that follow a rename). `question-patch.ts` writes only what changed and falls back to
 * this where the menu's shape does not allow it.
 */
export function rewriteQuestion(
  doc: DialplanDocument,
  menuId: string,
  q: QuestionModel,
): EditResult {
  const menu = requireElement(doc, menuId);
  const from = menu.range.start.offset;
  const indent = indentBefore(doc.source, from) ?? '';
  const xml = reindent(questionXml(q, indentUnitOf(doc)), indent, newlineOf(doc.source));
  const patches = [{ from, to: menu.range.end.offset, insert: xml }];
  return { patches: [...patches, ...followRename(doc, menuId, q.name)], focusOffset: from };
}

/** A renamed question takes the gotos elsewhere that pointed at it along (as a rename does). */
function followRename(doc: DialplanDocument, menuId: string, name: string) {
  const oldName = elementName(requireElement(doc, menuId));
  if (oldName === undefined || oldName === '' || oldName === name) return [];
  const elements = indexOf(doc).ordered;
  if (elements.filter((e) => elementName(e) === oldName).length > 1) return [];
  return referencesTo(elements, oldName)
    .filter((ref) => !isWithin(ref.element.id, menuId))
    .flatMap((ref) => retargetPatches(doc.source, ref, name));
}
