import { useDeferredValue, useMemo, useState } from 'react';
import { Panel } from '@xyflow/react';
import { findElement, moveElement } from '../../core/index.ts';
import { runEdit, useStudio, useStudioStore } from '../../store/index.ts';
import { branchChoices, isInBranch, outOfBranch } from './branch-moves.ts';

/**
 * Node context actions for the selected element: move it into a branch (chosen from a list) or out of
 * the branch it is in. The element's exact text moves; it stays selected at its new place.
 */
export function MoveControls() {
  const store = useStudioStore();
  // Branch choices walk the whole tree: rendered after the graph has followed an edit (deferred).
  const selectedId = useDeferredValue(useStudio((s) => s.selectedId));
  const doc = useDeferredValue(useStudio((s) => s.lastGood));
  const [problem, setProblem] = useState<string>();
  const element = selectedId === undefined ? undefined : findElement(doc, selectedId);
  const choices = useMemo(
    () => (element && element !== doc.root ? branchChoices(doc, element.id) : []),
    [doc, element],
  );
  if (!element || element === doc.root) return null;
  const id = element.id;
  const inBranch = isInBranch(doc, id);
  const move = (label: string, where: Parameters<typeof moveElement>[2]) =>
    setProblem(runEdit(store.getState(), label, (d) => moveElement(d, id, where), 'graph'));
  return (
    <Panel position="top-right" className="move-controls nodrag">
      <div role="group" aria-label="Move selected element">
        <select
          aria-label="Move into branch"
          value=""
          onChange={(e) =>
            e.target.value &&
            move('Move into branch', { anchorId: e.target.value, where: 'lastChild' })
          }
        >
          <option value="">Move into branch…</option>
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
        {inBranch && (
          <button type="button" onClick={() => move('Move out of branch', outOfBranch(doc, id))}>
            Move out of branch
          </button>
        )}
        {problem && <p role="alert">{problem}</p>}
      </div>
    </Panel>
  );
}
