/** The Question editor's pure helpers: the draft's checks and the names other questions store under. */
import {
  allElements,
  attrValue,
  derivedVarname,
  type DialplanDocument,
  type QuestionAnswer,
  type QuestionModel,
} from '../../../core/index.ts';

/** What a range usually stores: the keys the caller pressed. */
export const KEYS_PRESSED = '${call.lastinput}';

/** The varnames the other questions (stashes outside this menu) store under. */
export function otherVarnames(doc: DialplanDocument, menuId: string): Set<string> {
  const names = new Set<string>();
  for (const e of allElements(doc)) {
    if (e.kind !== 'stash' || e.id.startsWith(`${menuId}/`)) continue;
    const varname = attrValue(e, 'varname')?.trim();
    if (varname) names.add(varname);
  }
  return names;
}

/** A new answer row: the next key after the last one. */
export function nextAnswer(answers: readonly QuestionAnswer[]): QuestionAnswer {
  const keys = answers.map((a) => Number.parseInt(a.pressed.split('-').pop() ?? '', 10));
  const last = keys.filter(Number.isFinite).reduce((m, k) => Math.max(m, k), 0);
  return { pressed: String(Math.min(last + 1, 9)), value: '' };
}

/** Renaming the question carries the stored-under name along while it is the derived default. */
export function withName(q: QuestionModel, name: string): QuestionModel {
  const linked = q.varname === derivedVarname(q.name);
  return { ...q, name, varname: linked ? derivedVarname(name) : q.varname };
}

const PRESSED = /^(\d+|\d+\s*-\s*\d+|[*#])$/;

/** What stops the draft from being saved, one message per problem. */
export function draftProblems(q: QuestionModel, takenNames: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (q.name.trim() === '') problems.push('The question needs a name.');
  else if (takenNames.has(q.name.trim())) problems.push(`Another element is named ${q.name}.`);
  if (q.varname.trim() === '') problems.push('Say what the answers are stored under.');
  if (q.answers.length === 0) problems.push('Add at least one answer.');
  q.answers.forEach((a, i) => {
    if (!PRESSED.test(a.pressed.trim()))
      problems.push(`Answer ${i + 1}: a key (1), keys (12) or a range (1-5).`);
  });
  const keys = q.answers.map((a) => a.pressed.trim());
  if (new Set(keys).size < keys.length) problems.push('Two answers use the same key.');
  return problems;
}
