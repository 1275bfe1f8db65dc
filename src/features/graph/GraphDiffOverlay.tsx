/**
 * While a version is compared (Versions tab): a legend of the marks on the graph and the removed
 * elements as ghost cards (they are not in the current text, so they have no node). Lazy chunk.
 */
import { Panel } from '@xyflow/react';
import { CHANGE_KIND_LABELS, type ChangeKind } from '../../core/index.ts';
import { useStudio } from '../../store/index.ts';

const KINDS: readonly ChangeKind[] = ['added', 'changed', 'renamed', 'moved', 'removed'];

export default function GraphDiffOverlay() {
  const comparison = useStudio((s) => s.comparison);
  const label = useStudio(
    (s) => s.versions[s.activeId]?.find((v) => v.id === s.comparison?.versionId)?.label,
  );
  const openVersions = useStudio((s) => s.setSidePanelTab);
  if (!comparison) return null;
  const count = (kind: ChangeKind) => comparison.changes.filter((c) => c.kind === kind).length;
  const removed = comparison.changes.filter((c) => c.kind === 'removed');
  return (
    <Panel position="bottom-left" className="graph-diff">
      <section aria-label="Compared version">
        <p className="graph-diff-title">
          Compared with “{label ?? 'a version'}”:{' '}
          {comparison.changes.length === 0
            ? 'no changes'
            : `${comparison.changes.length} change(s)`}
        </p>
        <ul className="graph-diff-legend" aria-label="Legend">
          {KINDS.map((kind) => (
            <li key={kind} className={`graph-diff-key dp-diff-${kind}`}>
              {CHANGE_KIND_LABELS[kind]} {count(kind)}
            </li>
          ))}
        </ul>
        {removed.length > 0 && (
          <ul className="graph-diff-ghosts" aria-label="Removed elements">
            {removed.map((c) => (
              <li key={c.path}>
                <button type="button" className="dp-ghost" onClick={() => openVersions('Versions')}>
                  <span className="dp-tag">{c.tag}</span> {c.name ?? c.path}
                  <span className="dp-ghost-note">removed (was line {c.oldLine})</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Panel>
  );
}
