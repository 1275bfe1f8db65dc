import type { Version } from '../../store/index.ts';

const KIND_NAMES: Record<Version['kind'], string> = {
  start: 'Start',
  sent: 'Sent',
  import: 'Imported',
  auto: 'Auto',
  named: 'Named',
};

interface Props {
  versions: readonly Version[];
  comparedId: string | undefined;
  /** Versions the browser's storage could not keep: they last until the page closes. */
  unstoredIds: readonly string[];
  onCompare: (id: string) => void;
  onRestore: (id: string) => void;
}

/** The document's versions, newest first, each with Compare and Restore. */
export function VersionList({ versions, comparedId, unstoredIds, onCompare, onRestore }: Props) {
  if (versions.length === 0) {
    return (
      <p className="versions-empty">
        No versions yet. Opening or creating a document, copying or downloading from Export,
        importing, and a few minutes of editing each keep one; <strong>Save version</strong> keeps
        one under a name.
      </p>
    );
  }
  return (
    <ol className="version-list" aria-label="Versions">
      {[...versions].reverse().map((v) => (
        <li key={v.id} className={v.id === comparedId ? 'version compared' : 'version'}>
          <span className={`version-kind version-kind-${v.kind}`}>{KIND_NAMES[v.kind]}</span>
          <span className="version-label">{v.label}</span>
          {unstoredIds.includes(v.id) && (
            <span className="version-unstored">Not stored: kept until this page closes</span>
          )}
          <time dateTime={v.at} className="version-time">
            {new Date(v.at).toLocaleString()}
          </time>
          <span className="version-actions">
            <button
              type="button"
              aria-pressed={v.id === comparedId}
              aria-label={`Compare with ${v.label}`}
              onClick={() => onCompare(v.id)}
            >
              Compare
            </button>
            <button type="button" aria-label={`Restore ${v.label}`} onClick={() => onRestore(v.id)}>
              Restore
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
