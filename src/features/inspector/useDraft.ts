import { useState } from 'react';

/**
 * A field's text while it is being typed. Nothing reaches the document until the user commits (Enter or
 * leaving the field), so one committed change is one undo step and half-typed names never rename.
 * `commit` returns false to keep the draft (a value the field refuses).
 */
export function useDraft(value: string, commit: (value: string) => boolean | void) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const shown = draft ?? value;
  const commitNow = () => {
    if (draft === undefined) return;
    if (draft === value || commit(draft) !== false) setDraft(undefined);
  };
  return {
    value: shown,
    setValue: (next: string) => setDraft(next),
    commitNow,
    reset: () => setDraft(undefined),
  };
}
