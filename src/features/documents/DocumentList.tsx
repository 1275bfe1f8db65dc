import { useEffect, useRef, useState } from 'react';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { ActionButton } from '../../ui/actions/ActionButton.tsx';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { takeMenuCommand, useDocumentsMenu } from './menu-requests.ts';

/**
 * The user's dialplans: open one, and the registry's New / Rename / Duplicate / Delete (with Undo).
 * Rename edits the name in place; Delete asks first. Both run here whether asked from their button,
 * the command palette or a key.
 */
export function DocumentList() {
  const documents = useStudio((s) => s.documents);
  const activeId = useStudio((s) => s.activeId);
  const lastDeleted = useStudio((s) => s.lastDeleted);
  const actions = useStudioStore().getState();
  const { request } = useDocumentsMenu();
  const [renaming, setRenaming] = useState<string | undefined>(undefined);
  /** Where focus was when Delete asked (the Delete button, the graph…): it goes back there on Cancel. */
  const [deleting, setDeleting] = useState<{ returnTo: Element | null } | undefined>(undefined);
  const list = useRef<HTMLUListElement>(null);
  const active = documents.find((d) => d.id === activeId);
  useEffect(() => {
    if (takeMenuCommand('rename')) setRenaming(activeId);
    else if (takeMenuCommand('delete')) setDeleting({ returnTo: document.activeElement });
  }, [request, activeId]);
  /** Focus the open document's row once the list shows it (after a rename or a delete). */
  const focusOpenDocument = () =>
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>('button[aria-current="true"]')?.focus(),
    );
  return (
    <div className="document-list">
      <ul aria-label="My dialplans" ref={list}>
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
                  if (e.key === 'Enter' || e.key === 'Escape') focusOpenDocument();
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
        <ActionButton id="document.new" hasPopup="dialog" />
        <ActionButton id="document.rename" />
        <ActionButton id="document.duplicate" />
        <ActionButton id="document.delete" className="btn-danger" hasPopup="dialog" />
      </div>
      {lastDeleted && (
        <p role="status" className="deleted-note">
          Deleted “{lastDeleted.document.name}”.{' '}
          <button type="button" onClick={actions.undoDelete}>
            Undo delete
          </button>
        </p>
      )}
      {deleting && active && (
        <ConfirmDialog
          title={`Delete “${active.name}”?`}
          confirmLabel="Delete"
          tone="danger"
          onCancel={() => {
            setDeleting(undefined);
            if (deleting.returnTo instanceof HTMLElement && deleting.returnTo.isConnected)
              deleting.returnTo.focus();
            else focusOpenDocument();
          }}
          onConfirm={() => {
            setDeleting(undefined);
            actions.deleteDocument(active.id);
            focusOpenDocument();
          }}
        >
          <p>It leaves your list of dialplans; Undo delete in the Documents menu brings it back.</p>
        </ConfirmDialog>
      )}
    </div>
  );
}
