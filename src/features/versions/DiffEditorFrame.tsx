import { lazy, Suspense, useEffect, useState } from 'react';
import type { RevealRequest } from './VersionDiffEditor.tsx';

const VersionDiffEditor = lazy(() => import('./VersionDiffEditor.tsx'));

interface Props {
  label: string;
  original: string;
  modified: string;
  reveal: RevealRequest | undefined;
}

/**
 * The diff editor in the side panel (inline, narrow) or wide over the graph and XML panes (side by
 * side) — the side panel is a third of a laptop screen, too narrow to read two versions.
 */
export function DiffEditorFrame({ label, original, modified, reveal }: Props) {
  const [wide, setWide] = useState(false);
  useEffect(() => {
    if (!wide) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setWide(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [wide]);
  return (
    <div
      className={wide ? 'version-diff-editor wide' : 'version-diff-editor'}
      role="region"
      aria-label="Diff editor"
    >
      <div className="version-diff-bar">
        <span>
          <del>“{label}”</del> → <ins>current text</ins>
        </span>
        <button type="button" aria-pressed={wide} onClick={() => setWide(!wide)}>
          {wide ? 'Close wide view' : 'Wide view'}
        </button>
      </div>
      <div className="version-diff-body">
        <Suspense fallback={<p>Loading the diff editor…</p>}>
          <VersionDiffEditor
            original={original}
            modified={modified}
            reveal={reveal}
            sideBySide={wide}
          />
        </Suspense>
      </div>
    </div>
  );
}
