import { useState } from 'react';
import {
  addKeypressBranch,
  deleteSelectingNeighbour,
  duplicateElement,
  pasteSnippet,
  serializeElement,
  type DialplanDocument,
  type ElementNode,
} from '../../core/index.ts';
import type { EditOperation } from '../../store/index.ts';
import { copiedXml, copyXml } from './clipboard-buffer.ts';

interface ElementActionsProps {
  doc: DialplanDocument;
  element: ElementNode;
  isRoot: boolean;
  /** Runs an edit; true when it was made. */
  run: (label: string, operation: EditOperation) => boolean;
}

/**
 * Structure edits on the selected element. Deleting leaves references dangling (shown as errors) and
 * selects the nearest neighbour.
 */
export function ElementActions({ doc, element, isRoot, run }: ElementActionsProps) {
  const [hasCopy, setHasCopy] = useState(() => copiedXml() !== undefined);
  const id = element.id;
  return (
    <div className="inspector-actions" role="group" aria-label="Element actions">
      {element.kind === 'menu' && (
        <button type="button" onClick={() => run('Add branch', (d) => addKeypressBranch(d, id))}>
          Add keypress branch
        </button>
      )}
      {!isRoot && (
        <button type="button" onClick={() => run('Duplicate', (d) => duplicateElement(d, id))}>
          Duplicate
        </button>
      )}
      <button
        type="button"
        onClick={() => {
          copyXml(serializeElement(doc, id));
          setHasCopy(true);
        }}
      >
        Copy
      </button>
      <button
        type="button"
        disabled={!hasCopy}
        onClick={() => {
          const xml = copiedXml();
          const where = isRoot ? 'lastChild' : 'after';
          if (xml) run('Paste', (d) => pasteSnippet(d, xml, { anchorId: id, where }));
        }}
      >
        Paste after
      </button>
      {!isRoot && (
        <button
          type="button"
          className="btn-danger"
          // The selection moves to the nearest neighbour (and focus to its Delete button).
          onClick={() => run('Delete', (d) => deleteSelectingNeighbour(d, id))}
        >
          Delete
        </button>
      )}
    </div>
  );
}
