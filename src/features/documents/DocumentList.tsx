import { useState } from 'react';
import { useStudio, useStudioStore } from '../../store/index.ts';

/** The user's dialplans: open one, and new / rename / duplicate / delete (with Undo). */
export function DocumentList() {
  const documents = useStudio((s) => s.documents);
  const activeId = useStudio((s) => s.activeId);
  const lastDeleted = useStudio((s) => s.lastDeleted);
  const actions = useStudioStore().getState();
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  const active = documents.find((d) => d.id === activeId);
  return (
    <div className="document-list">
      <ul aria-label="My dialplans">
        {documents.map((d) => (
          <li key={d.id}>
            {renaming === d.id ? (
              <input
                aria-label="New name"
                defaultValue={d.name}
                autoFocus
                onBlur={(e) => {
                  actions.renameDocument(d.id, e.target.value);
                  setRenaming(undefined);
                }}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.currentTarget.blur();
                  if (e.key === 'Escape') setRenaming(undefined);
                }}
              />
            ) : (
              <button
                type="button"
                aria-current={d.id === activeId ? 'true' : undefined}
                onClick={() => actions.openDocument(d.id)}
              >
                {d.name}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="document-actions">
        <button type="button" onClick={() => actions.newDocument()}>
          New
        </button>
        <button type="button" disabled={!active} onClick={() => setRenaming(activeId)}>
          Rename
        </button>
        <button type="button" onClick={() => actions.duplicateDocument(activeId)}>
          Duplicate
        </button>
        <button
          type="button"
          className="btn-danger"
          onClick={() => actions.deleteDocument(activeId)}
        >
          Delete
        </button>
      </div>
      {lastDeleted && (
        <p role="status" className="deleted-note">
          Deleted “{lastDeleted.document.name}”.{' '}
          <button type="button" onClick={actions.undoDelete}>
            Undo delete
          </button>
        </p>
      )}
    </div>
  );
}
