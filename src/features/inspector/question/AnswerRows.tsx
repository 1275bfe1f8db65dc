import { useEffect, useRef, useState } from 'react';
import type { QuestionAnswer } from '../../../core/index.ts';
import { KEYS_PRESSED, nextAnswer } from './question-draft.ts';

interface AnswerRowsProps {
  answers: readonly QuestionAnswer[];
  /** The datalist offering `${call.lastinput}` as a stored value. */
  listId: string;
  onChange: (answers: QuestionAnswer[]) => void;
}

/** The answers as rows: key or range → stored value, with remove, and "Add answer" below. */
export function AnswerRows({ answers, listId, onChange }: AnswerRowsProps) {
  const removeButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  // After a remove, focus goes to the Remove button now in that row (else the last row's, else Add).
  const [focusRow, setFocusRow] = useState<number | undefined>(undefined);
  useEffect(() => {
    if (focusRow === undefined) return;
    setFocusRow(undefined);
    const row = Math.min(focusRow, answers.length - 1);
    (removeButtons.current[row] ?? addButton.current)?.focus();
  }, [focusRow, answers.length]);
  const remove = (index: number) => {
    onChange(answers.filter((_, j) => j !== index));
    setFocusRow(index);
  };
  const update = (index: number, patch: Partial<QuestionAnswer>) =>
    onChange(answers.map((a, i) => (i === index ? { ...a, ...patch } : a)));
  return (
    <fieldset className="question-answers">
      <legend>Answers</legend>
      <p className="inspector-hint" id={`${listId}-hint`}>
        A key (1), keys (12) or a range (1-5); for a range, store <code>{KEYS_PRESSED}</code> (the
        key pressed).
      </p>
      {answers.map((answer, i) => (
        <div className="answer-row" key={i}>
          <input
            aria-label={`Key or range for answer ${i + 1}`}
            className="answer-key"
            value={answer.pressed}
            onChange={(e) => update(i, { pressed: e.target.value })}
          />
          <span aria-hidden="true">→</span>
          <input
            aria-label={`Stored value for answer ${i + 1}`}
            list={listId}
            value={answer.value}
            onChange={(e) => update(i, { value: e.target.value })}
          />
          <button
            type="button"
            ref={(b) => {
              removeButtons.current[i] = b;
            }}
            className="btn-icon btn-quiet"
            aria-label={`Remove answer ${i + 1}`}
            title={`Remove answer ${i + 1}`}
            onClick={() => remove(i)}
          >
            ×
          </button>
          <input
            aria-label={`Label in results for answer ${i + 1}`}
            className="answer-label"
            placeholder={
              answer.value.includes('${')
                ? 'Each key: from the prompt'
                : 'Label in results (optional)'
            }
            title="Words Results shows for this answer (e.g. Donkeys for 1); kept in the file as a comment"
            disabled={answer.value.includes('${')}
            value={answer.label ?? ''}
            onChange={(e) => update(i, { label: e.target.value })}
          />
        </div>
      ))}
      <button
        type="button"
        ref={addButton}
        onClick={() => onChange([...answers, nextAnswer(answers)])}
      >
        Add answer
      </button>
    </fieldset>
  );
}
