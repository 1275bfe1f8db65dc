import { useId, useMemo, useState } from 'react';
import {
  DEFAULT_INVALID,
  promptFromAnswers,
  readQuestion,
  writeQuestion,
  type DialplanDocument,
  type ElementNode,
  type QuestionModel,
} from '../../../core/index.ts';
import type { EditOperation } from '../../../store/index.ts';
import { AnswerRows } from './AnswerRows.tsx';
import { InvalidAnswerFields } from './InvalidAnswerFields.tsx';
import { draftProblems, KEYS_PRESSED, otherVarnames, withName } from './question-draft.ts';
import './question.css';

interface QuestionEditorProps {
  doc: DialplanDocument;
  menu: ElementNode;
  /** Every element name, sorted (the "Goes to" choices). */
  names: readonly string[];
  run: (label: string, operation: EditOperation) => boolean;
}

const LASTINPUT_LIST = 'question-stored-values';

/**
 * The Question editor: a poll question (a menu whose answers are stashed) as a form. Save writes only the
 * fields that changed, in one undo step (`writeQuestion`); Reset drops the draft.
 */
export function QuestionEditor({ doc, menu, names, run }: QuestionEditorProps) {
  const read = useMemo(() => readQuestion(menu), [menu]);
  const [draft, setDraft] = useState<QuestionModel | undefined>(read?.question);
  const id = useId();
  const others = useMemo(() => otherVarnames(doc, menu.id), [doc, menu.id]);
  if (!read || !draft) return null;
  const own = new Set([read.question.name, `${read.question.name}_prompt`]);
  const taken = new Set(names.filter((n) => !own.has(n)));
  const problems = draftProblems(draft, taken);
  const shared = others.has(draft.varname.trim());
  const set = (patch: Partial<QuestionModel>) => setDraft({ ...draft, ...patch });
  const save = () => {
    if (problems.length === 0) run('Edit question', (d) => writeQuestion(d, menu.id, draft));
  };
  const field = (suffix: string) => `${id}-${suffix}`;
  return (
    <form
      className="question-editor"
      aria-label="Question"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <h3>Question</h3>
      {read.notes.length > 0 && (
        <div className="question-notes" role="note">
          The form does not show all of this menu; saving keeps what it does not show (a field you
          change is written as the form shows it):
          <ul>
            {read.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="inspector-field">
        <label htmlFor={field('name')}>Question name</label>
        <input
          id={field('name')}
          value={draft.name}
          onChange={(e) => setDraft(withName(draft, e.target.value))}
        />
      </div>
      <div className="inspector-field">
        <label htmlFor={field('prompt')}>Prompt</label>
        <textarea
          id={field('prompt')}
          rows={3}
          value={draft.prompt}
          onChange={(e) => set({ prompt: e.target.value })}
        />
        <button
          type="button"
          className="question-generate"
          onClick={() => set({ prompt: promptFromAnswers(draft.prompt, draft.answers) })}
        >
          Generate from answers
        </button>
      </div>
      <AnswerRows
        answers={draft.answers}
        listId={LASTINPUT_LIST}
        onChange={(answers) => set({ answers })}
      />
      <datalist id={LASTINPUT_LIST}>
        <option value={KEYS_PRESSED}>the key pressed</option>
      </datalist>
      <div className="inspector-field">
        <label htmlFor={field('varname')}>Stored under</label>
        <input
          id={field('varname')}
          value={draft.varname}
          aria-describedby={shared ? field('varname-warning') : undefined}
          onChange={(e) => set({ varname: e.target.value })}
        />
        {shared && (
          <small id={field('varname-warning')} className="question-warning" role="status">
            Another question also stores its answers under {draft.varname}: questionResponses will
            mix them.
          </small>
        )}
      </div>
      <InvalidAnswerFields
        invalid={draft.invalid ?? DEFAULT_INVALID}
        onChange={(invalid) => set({ invalid })}
      />
      <div className="inspector-field">
        <label htmlFor={field('next')}>Goes to</label>
        <select
          id={field('next')}
          value={draft.next ?? ''}
          onChange={(e) => set({ next: e.target.value || undefined })}
        >
          <option value="">(on after the question)</option>
          {names
            .filter((n) => !own.has(n))
            .map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
        </select>
      </div>
      {problems.length > 0 && (
        <ul className="field-error" aria-label="Question problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="question-actions">
        <button type="submit" className="btn-primary" disabled={problems.length > 0}>
          Save question
        </button>
        <button type="button" onClick={() => setDraft(read.question)}>
          Reset
        </button>
      </div>
    </form>
  );
}
