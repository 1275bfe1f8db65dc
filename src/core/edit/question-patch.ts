/**
 * Saving the Question editor: the few text patches that turn the menu a question was read from into the
 * edited question. Only what changed is written: a field left alone writes nothing (saving an unchanged
 * form is byte-identical), a changed field writes the attribute or text it is read from, and the elements
 * the menu keeps keep their names, attribute order, comments and layout. Where the menu's shape does not
 * allow a targeted patch (a branch without the stash or goto to change), the menu is rewritten whole
 * (`rewriteQuestion`), as before.
 */
import type { DialplanDocument, ElementNode } from '../ast/types.ts';
import { attrValue, childElements, elementName } from '../ast/query.ts';
import { answerLabelPatches } from './answer-label.ts';
import { setAttributePatches } from './attributes.ts';
import { indentBefore, indentUnitOf, newlineOf, removalSpan } from './layout-text.ts';
import { indexOf, requireElement } from './lookup.ts';
import { mappedOffset, sortPatches, type TextPatch } from './patch.ts';
import {
  answerBranches,
  CAP,
  isCatchAll,
  promptName,
  readQuestion,
  RETRY_COUNTER,
  type InvalidAnswer,
  type QuestionModel,
} from './question-model.ts';
import {
  answerXml,
  goto,
  invalidBody,
  maxDigitsOf,
  play,
  rewriteQuestion,
  stashXml,
} from './question-xml.ts';
import { renamePatches } from './rename.ts';
import { setTextPatches } from './text-content.ts';
import { EditError, type EditResult } from './types.ts';
import { pushAll } from '../arrays.ts';

/** The menu's shape does not allow a targeted patch: rewrite it whole. */
class Unpatchable extends Error {}

/** One save: the menu, what it reads as (`before`), the form (`after`), and the patches so far. */
interface Writer {
  doc: DialplanDocument;
  source: string;
  unit: string;
  eol: string;
  menu: ElementNode;
  prompt: ElementNode | undefined;
  before: QuestionModel;
  after: QuestionModel;
  patches: TextPatch[];
}

/**
 * Writes the question `q` over the menu `menuId`: only the attributes and children whose value differs
 * from what the menu reads as now (see the file comment). The focus stays on the menu.
 */
export function writeQuestion(doc: DialplanDocument, menuId: string, q: QuestionModel): EditResult {
  const menu = requireElement(doc, menuId);
  if (menu.kind !== 'menu') throw new EditError('A question is a <menu>');
  if (q.name.trim() === '') throw new EditError('A question needs a name');
  if (q.answers.length === 0) throw new EditError('A question needs at least one answer');
  const before = readQuestion(menu)?.question;
  let patches: TextPatch[];
  try {
    if (!before) throw new Unpatchable();
    patches = questionPatches(doc, menu, before, q);
  } catch (error) {
    if (!(error instanceof Unpatchable)) throw error;
    patches = rewriteQuestion(doc, menuId, q).patches;
  }
  return { patches, focusOffset: mappedOffset(patches, menu.range.start.offset) };
}

/** The patches from `before` (what `menu` reads as) to `after`; throws Unpatchable where it cannot. */
export function questionPatches(
  doc: DialplanDocument,
  menu: ElementNode,
  before: QuestionModel,
  after: QuestionModel,
): TextPatch[] {
  const w: Writer = {
    doc,
    source: doc.source,
    unit: indentUnitOf(doc),
    eol: newlineOf(doc.source),
    menu,
    prompt: childElements(menu).find((c) => c.kind === 'play'),
    before,
    after,
    patches: [],
  };
  if (after.name !== before.name) {
    pushAll(w.patches, renamePatches(doc.source, indexOf(doc).ordered, menu, after.name));
  }
  if (after.timeout !== before.timeout) {
    pushAll(w.patches, setAttributePatches(menu, 'timeout', after.timeout));
  }
  const digits = maxDigitsOf(after);
  const digitsChanged = after.maxDigits !== before.maxDigits || digits !== maxDigitsOf(before);
  if (digitsChanged && digits !== attrValue(menu, 'maxDigits')) {
    pushAll(w.patches, setAttributePatches(menu, 'maxDigits', digits));
  }
  writePrompt(w);
  writeAnswers(w);
  writeInvalid(w);
  return settled(w.patches);
}

/** The patches without exact repeats; overlapping ones (two fields writing one place) cannot be merged. */
function settled(patches: TextPatch[]): TextPatch[] {
  const seen = new Set<string>();
  const unique = patches.filter((p) => {
    const key = `${p.from}:${p.to}:${p.insert}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  try {
    return sortPatches(unique);
  } catch {
    throw new Unpatchable();
  }
}

function writePrompt(w: Writer): void {
  const { menu, prompt, before, after } = w;
  const promptChanged = after.prompt !== before.prompt;
  const voiceChanged = after.voice !== before.voice;
  if (!prompt) {
    if (promptChanged && after.prompt !== '') {
      const first = childElements(menu)[0];
      if (!first) throw new Unpatchable();
      insertBefore(w, first, play(after.voice, after.prompt));
    }
    return;
  }
  if (promptChanged) pushAll(w.patches, textPatches(w, prompt, after.prompt));
  if (voiceChanged) pushAll(w.patches, setAttributePatches(prompt, 'voice', after.voice));
}

function writeAnswers(w: Writer): void {
  const { menu, prompt, before, after } = w;
  const branches = answerBranches(menu);
  const count = Math.max(branches.length, after.answers.length);
  const added: string[] = [];
  for (let i = 0; i < count; i++) {
    const branch = branches[i];
    const answer = after.answers[i];
    const was = before.answers[i];
    if (branch && !answer) remove(w, branch);
    else if (!branch && answer) pushAll(added, answerXml(after, answer, w.unit));
    else if (branch && answer && was) {
      if (answer.pressed !== was.pressed) {
        pushAll(w.patches, setAttributePatches(branch, 'pressed', answer.pressed));
      }
      const stash = childElements(branch).find((c) => c.kind === 'stash');
      const valueChanged = answer.value !== was.value;
      const varnameChanged = after.varname !== before.varname;
      if (!stash && valueChanged) {
        // A branch that stores nothing (a transfer…) starts storing the answer it is given.
        const first = childElements(branch)[0];
        if (!first) throw new Unpatchable();
        insertBefore(w, first, stashXml(after.varname, answer.value));
      }
      if (stash && valueChanged) pushAll(w.patches, textPatches(w, stash, answer.value));
      if (stash && varnameChanged) {
        pushAll(w.patches, setAttributePatches(stash, 'varname', after.varname));
      }
      if ((answer.label ?? '') !== (was.label ?? '')) {
        pushAll(w.patches, answerLabelPatches(w.doc, branch, answer.label ?? ''));
      }
      if (after.next !== before.next) goOnTo(w, branch, childElements(branch), after.next);
    }
  }
  if (added.length === 0) return;
  const last = branches.at(-1) ?? prompt;
  if (!last) throw new Unpatchable();
  insertAfter(w, last, added);
}

function sameInvalid(a: InvalidAnswer | undefined, b: InvalidAnswer | undefined): boolean {
  return a?.message === b?.message && a?.repeats === b?.repeats && a?.then === b?.then;
}

function writeInvalid(w: Writer): void {
  const { menu, before, after } = w;
  const branch = childElements(menu).find(isCatchAll);
  const was = before.invalid;
  const now = after.invalid;
  const capped = now?.repeats !== undefined;
  const nextMatters = capped && now.then === 'next' && after.next !== before.next;
  const voiceMatters = now !== undefined && now.message !== '' && after.voice !== before.voice;
  if (sameInvalid(was, now) && !nextMatters && !voiceMatters) return;
  if (!now) {
    // No wrong-key handling: every catch-all branch goes (a separate timeout branch too).
    for (const catchAll of childElements(menu).filter(isCatchAll)) remove(w, catchAll);
    return;
  }
  const promptTarget = capped ? ensureCounter(w) : '';
  if (!branch || !was) {
    const body = invalidBody(after, w.unit, promptTarget).map((l) => w.unit + l);
    const last = childElements(menu).at(-1);
    if (!last) throw new Unpatchable();
    insertAfter(w, last, ['<keypress pressed="default">', ...body, '</keypress>']);
    return;
  }
  if ((was.repeats === undefined) === (now.repeats === undefined)) {
    patchInvalid(w, branch, was, now);
  } else {
    replaceBody(w, branch, invalidBody(after, w.unit, promptTarget));
  }
}

/** Message, cap and voice of a default branch whose shape stays: each written where it is. */
function patchInvalid(w: Writer, branch: ElementNode, was: InvalidAnswer, now: InvalidAnswer) {
  const { before, after } = w;
  const body = childElements(branch);
  const guard = body.find((c) => c.kind === 'if');
  const inner = guard ? childElements(guard) : body;
  const message = inner.find((c) => c.kind === 'play');
  if (now.message !== was.message) {
    if (message && now.message === '') remove(w, message);
    else if (message) pushAll(w.patches, textPatches(w, message, now.message));
    else {
      const first = inner[0];
      if (!first) throw new Unpatchable();
      insertBefore(w, first, play(after.voice, now.message));
    }
  }
  if (message && after.voice !== before.voice && attrValue(message, 'voice') === before.voice) {
    pushAll(w.patches, setAttributePatches(message, 'voice', after.voice));
  }
  if (guard && now.repeats !== was.repeats) {
    const expr = attrValue(guard, 'expr') ?? '';
    if (!CAP.test(expr)) throw new Unpatchable();
    const capped = expr.replace(CAP, (m) => m.replace(/\d+/, String(now.repeats)));
    pushAll(w.patches, setAttributePatches(guard, 'expr', capped));
  }
  if (!guard) return;
  const tail = body.slice(body.indexOf(guard) + 1);
  if (now.then !== was.then) {
    // After the last repeat: what followed the counter's `if` is replaced (go on ↔ hang up).
    for (const element of tail) remove(w, element);
    const next = now.then === 'hangup' ? ['<hangup/>'] : after.next ? [goto(after.next)] : [];
    if (next.length > 0) insertAfter(w, guard, next);
  } else if (now.then === 'next' && after.next !== before.next) {
    goOnTo(w, branch, tail, after.next);
  }
}

/**
 * A capped repeat needs the counter reset before the prompt and a name on the prompt to go back to:
 * added where missing. Returns the prompt's name (the one it has, else `{question}_prompt`).
 */
function ensureCounter(w: Writer): string {
  const { menu, prompt, after } = w;
  if (!prompt) throw new Unpatchable();
  const resets = childElements(menu).some(
    (c) => c.kind === 'setvar' && attrValue(c, 'varname') === RETRY_COUNTER,
  );
  if (!resets) insertBefore(w, prompt, `<setvar varname="${RETRY_COUNTER}">0</setvar>`);
  const named = elementName(prompt);
  if (named) return named;
  const name = promptName(after.name);
  pushAll(w.patches, setAttributePatches(prompt, 'name', name));
  return name;
}

/** Points the last goto of `elements` (children of `branch`) at `next`; adds or removes it as needed. */
function goOnTo(
  w: Writer,
  branch: ElementNode,
  elements: readonly ElementNode[],
  next: string | undefined,
): void {
  const last = elements.findLast((c) => c.kind === 'goto');
  if (last && next) pushAll(w.patches, setTextPatches(w.source, last, next));
  else if (last) remove(w, last);
  else if (next) {
    const after = elements.at(-1) ?? childElements(branch).at(-1);
    if (!after) throw new Unpatchable();
    insertAfter(w, after, [goto(next)]);
  }
}

/** A text change that keeps the element's own layout; a text holding elements cannot be set. */
function textPatches(w: Writer, element: ElementNode, value: string): TextPatch[] {
  if (element.children.some((c) => c.type === 'element')) throw new Unpatchable();
  return setTextPatches(w.source, element, value);
}

function remove(w: Writer, element: ElementNode): void {
  const span = removalSpan(w.source, element.range.start.offset, element.range.end.offset);
  w.patches.push({ ...span, insert: '' });
}

/** The indentation of an element alone at the start of its line; else the element cannot anchor lines. */
function ownIndent(w: Writer, element: ElementNode): string {
  const indent = indentBefore(w.source, element.range.start.offset);
  if (indent === undefined) throw new Unpatchable();
  return indent;
}

/** `lines` (column 0, nested with `unit`) as new lines after `element`, at its indentation. */
function insertAfter(w: Writer, element: ElementNode, lines: readonly string[]): void {
  const indent = ownIndent(w, element);
  const at = element.range.end.offset;
  const insert = lines.map((l) => `${w.eol}${indent}${l}`).join('');
  w.patches.push({ from: at, to: at, insert });
}

/** One element's line before `element`, at its indentation. */
function insertBefore(w: Writer, element: ElementNode, xml: string): void {
  const indent = ownIndent(w, element);
  const at = element.range.start.offset;
  w.patches.push({ from: at, to: at, insert: `${xml}${w.eol}${indent}` });
}

/** Replaces what `element` holds with `lines` (column 0), one step inside it; its own tag is kept. */
function replaceBody(w: Writer, element: ElementNode, lines: readonly string[]): void {
  if (!element.closeTagRange) throw new Unpatchable();
  const indent = ownIndent(w, element);
  const inner = lines.map((l) => `${w.eol}${indent}${w.unit}${l}`).join('');
  w.patches.push({
    from: element.openTagRange.end.offset,
    to: element.closeTagRange.start.offset,
    insert: `${inner}${w.eol}${indent}`,
  });
}
