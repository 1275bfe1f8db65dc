import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { readShareFragment, type SharedDocument } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';
import { loadWorkspace } from '../../store/persistence/load-workspace.ts';
import { startPersistence } from '../../store/persistence/start-persistence.ts';
import { startTabSync } from '../../store/persistence/start-tab-sync.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import '../../ui/dialog.css';
import { useImport } from './useImport.ts';
import { PersistenceAlerts } from './PersistenceAlerts.tsx';

/** The stored documents list, then saving and tabs of this workspace kept in step (store/persistence/). */
function useWorkspaceStorage(): void {
  const store = useStudioStore();
  useEffect(() => {
    loadWorkspace(store);
    const stopSaving = startPersistence(store);
    const stopSync = startTabSync(store);
    return () => {
      stopSync();
      stopSaving();
    };
  }, [store]);
}

/**
 * A dialplan in the URL fragment, taken out of the URL at once; the user decides whether to open it. A
 * damaged or cut-short link opens nothing: the alert says why.
 */
function useSharedDocument(): [SharedDocument, () => void] {
  const [shared, setShared] = useState<SharedDocument>(() => readShareFragment(location.hash));
  useEffect(() => {
    if (shared.kind !== 'none') history.replaceState(null, '', location.pathname + location.search);
  }, [shared]);
  return [shared, () => setShared({ kind: 'none' })];
}

/** Files dropped anywhere on the window are imported like an opened file. */
function useFileDrop(importFile: (file: File) => Promise<boolean>): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void importFile(file);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFile]);
}

/**
 * Effects of the workspace that belong to the whole window. What they say is rendered into <body>,
 * visible whichever side-panel tab is open. Mounted once, at the app root: a second copy would import a
 * dropped file twice and ask twice about a share link.
 */
export function WorkspaceEffects() {
  useWorkspaceStorage();
  const { importText, importFile, message, tone } = useImport();
  useFileDrop(importFile);
  const [shared, dismiss] = useSharedDocument();
  return (
    <>
      <PersistenceAlerts />
      {message &&
        createPortal(
          <p role="alert" className={`import-message import-toast toast status-${tone}`}>
            {message}
          </p>,
          document.body,
        )}
      {shared.kind === 'damaged' &&
        createPortal(
          <p role="alert" className="import-message import-toast toast status-error">
            {shared.reason}
          </p>,
          document.body,
        )}
      {shared.kind === 'document' && (
        <ConfirmDialog
          title="Open the shared dialplan?"
          confirmLabel="Replace with shared dialplan"
          onCancel={dismiss}
          onConfirm={() => {
            importText(shared.text, 'the share link');
            dismiss();
          }}
        >
          <p>
            This link carries a dialplan ({shared.text.length.toLocaleString()} characters). Opening
            it replaces the open document (Undo brings it back). Nothing in it runs until you
            simulate it.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
