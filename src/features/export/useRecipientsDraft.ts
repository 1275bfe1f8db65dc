import { useMemo, useState } from 'react';
import { parseRecipients, recipientsText, type LineProblem } from '../../core/index.ts';

export interface RecipientsDraft {
  text: string;
  problems: LineProblem[];
  setText: (text: string) => void;
}

/**
 * The recipients text as typed. It stays as typed (a half-typed number is not an error to fight); the
 * broadcast takes the recipients only while every line reads. When the recipients change from
 * elsewhere (an imported body), the text is written afresh from them.
 */
export function useRecipientsDraft(
  recipients: readonly unknown[] | undefined,
  onChange: (recipients: unknown[]) => void,
): RecipientsDraft {
  const [text, setDraft] = useState(() => recipientsText(recipients));
  const [seen, setSeen] = useState(recipients);
  if (recipients !== seen) {
    setSeen(recipients);
    setDraft(recipientsText(recipients));
  }
  const setText = (next: string) => {
    setDraft(next);
    const parsed = parseRecipients(next);
    if (parsed.problems.length > 0) return;
    setSeen(parsed.recipients);
    onChange(parsed.recipients);
  };
  // a long list is read once per change of the text, not on every render of the form
  const problems = useMemo(() => parseRecipients(text).problems, [text]);
  return { text, problems, setText };
}
