/**
 * The Versions tab: Save version, the document's versions (sent, imported, automatic, named), and the
 * comparison of one of them with the current text — a list of changes, Monaco's diff editor, and marks
 * on the graph. Restore puts a version's text back as one undo step.
 */
import { useState } from 'react';
import type { DialplanChange } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';
import { ChangeList } from './ChangeList.tsx';
import { changeLine } from './describe-change.ts';
import { DiffEditorFrame } from './DiffEditorFrame.tsx';
import { SaveVersionForm } from './SaveVersionForm.tsx';
import type { RevealRequest } from './VersionDiffEditor.tsx';
import { useComparison } from './useComparison.ts';
import { VersionList } from './VersionList.tsx';
import './versions.css';

const NO_VERSIONS: never[] = [];

export function VersionsPanel() {
  const versions = useStudio((s) => s.versions[s.activeId] ?? NO_VERSIONS);
  const text = useStudio((s) => s.text);
  const unstoredIds = useStudio((s) => s.unstoredVersionIds);
  const restoreVersion = useStudio((s) => s.restoreVersion);
  const select = useStudio((s) => s.select);
  const [comparedId, setComparedId] = useState<string | undefined>();
  const [reveal, setReveal] = useState<RevealRequest | undefined>();
  const [status, setStatus] = useState('');
  const compared = versions.find((v) => v.id === comparedId);
  const changes = useComparison(compared);

  const onPick = (change: DialplanChange) => {
    if (change.newPath !== undefined) select(change.newPath, 'inspector');
    setReveal({ ...changeLine(change), seq: (reveal?.seq ?? 0) + 1 });
  };
  const onRestore = (id: string) => {
    const version = versions.find((v) => v.id === id);
    restoreVersion(id);
    setComparedId(undefined);
    if (version) setStatus(`Restored "${version.label}". Undo (Ctrl+Z) brings your text back.`);
  };

  return (
    <div className="versions-panel">
      <SaveVersionForm />
      <span role="status" className="versions-status">
        {status}
      </span>
      <VersionList
        versions={versions}
        comparedId={comparedId}
        unstoredIds={unstoredIds}
        onCompare={(id) => setComparedId(id === comparedId ? undefined : id)}
        onRestore={onRestore}
      />
      {compared && (
        <section className="comparison" aria-label="Comparison">
          <h3>
            Changes since “{compared.label}”{' '}
            <button type="button" onClick={() => setComparedId(undefined)}>
              Stop comparing
            </button>
          </h3>
          <ChangeList changes={changes} onPick={onPick} />
          <DiffEditorFrame
            label={compared.label}
            original={compared.text}
            modified={text}
            reveal={reveal}
          />
        </section>
      )}
    </div>
  );
}
