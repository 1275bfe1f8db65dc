import { useId } from 'react';
import type { RecipientsDraft } from './useRecipientsDraft.ts';

/** The numbers to call, one per line, each bad line named beside the field. */
export function RecipientsField({ draft }: { draft: RecipientsDraft }) {
  const id = useId();
  const { problems } = draft;
  return (
    <div className="form-field form-field-recipients">
      <label htmlFor={id}>Recipients (one per line)</label>
      <textarea
        id={id}
        rows={5}
        value={draft.text}
        placeholder={'2135551234, firstName=Ann\ncontact:123456'}
        spellCheck={false}
        aria-invalid={problems.length > 0}
        aria-describedby={`${id}-help${problems.length > 0 ? ` ${id}-error` : ''}`}
        onChange={(e) => draft.setText(e.target.value)}
      />
      <span id={`${id}-help`} className="field-help">
        A phone number or contact:ID, then name=value attributes, commas between. Optional: a
        broadcast can be given its recipients later.
      </span>
      {problems.length > 0 && (
        <ul id={`${id}-error`} className="field-error">
          {problems.slice(0, 5).map((p) => (
            <li key={p.line}>
              Line {p.line}: {p.message}
            </li>
          ))}
          {problems.length > 5 && <li>and {problems.length - 5} more lines</li>}
        </ul>
      )}
    </div>
  );
}
