import { CHANGE_KIND_LABELS, type DialplanChange } from '../../core/index.ts';
import { changeDetail, elementLabel, shownWords } from './describe-change.ts';

interface Props {
  changes: readonly DialplanChange[];
  onPick: (change: DialplanChange) => void;
}

/** The changes since the compared version; picking one selects it in the graph and the diff editor. */
export function ChangeList({ changes, onPick }: Props) {
  if (changes.length === 0)
    return <p className="versions-empty">No changes: the trees are the same.</p>;
  return (
    <ul className="change-list" aria-label="Changes">
      {changes.map((change, i) => (
        <li key={`${change.path}-${change.kind}-${change.field ?? ''}-${i}`}>
          <button
            type="button"
            className={`change change-${change.kind}`}
            onClick={() => onPick(change)}
          >
            <span className="change-kind">{CHANGE_KIND_LABELS[change.kind]}</span>{' '}
            <span className="change-element">{elementLabel(change)}</span>{' '}
            <span className="change-detail">{changeDetail(change)}</span>
            {change.words && <ChangeWords change={change} />}
            {change.note && <span className="change-note">{change.note}</span>}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A prompt's word diff, cut after `WORD_PARTS_SHOWN` parts with a count of the rest. */
function ChangeWords({ change }: { change: DialplanChange }) {
  const { parts, hidden } = shownWords(change);
  return (
    <span className="change-words">
      {parts.map((w, k) =>
        w.op === 'same' ? (
          <span key={k}> {w.text} </span>
        ) : w.op === 'removed' ? (
          <del key={k}>{w.text}</del>
        ) : (
          <ins key={k}>{w.text}</ins>
        ),
      )}
      {hidden > 0 && (
        <span className="change-more">
          {' '}
          … {hidden.toLocaleString('en-US')} more parts (the diff editor shows the whole text)
        </span>
      )}
    </span>
  );
}
