import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { decodeShareFragment } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';
import { ConfirmDialog } from '../export/ConfirmDialog.tsx';
import '../../ui/dialog.css';
import { useImport } from './useImport.ts';
import { loadWorkspace, saveWorkspace } from './workspace-storage.ts';

const SAVE_DELAY_MS = 300;

/**
 * Restores the saved workspace, then keeps saving it (debounced) as the list changes: documents added,
 * renamed, switched, their broadcast settings. Typing is not a change of the list: the open text is
 * the studio autosave's (app/autosave.ts), and a document's text enters the list when another one is
 * opened (or the page is hidden). Saving the list on every keystroke serialised the open text twice.
 */
function useWorkspacePersistence(): void {
  const store = useStudioStore();
  useEffect(() => {
    const saved = loadWorkspace(localStorage);
    if (saved) store.getState().hydrateWorkspace(saved);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe((state, previous) => {
      const changed =
        state.documents !== previous.documents || state.activeId !== previous.activeId;
      if (!changed) return;
      clearTimeout(timer);
      timer = setTimeout(
        () => saveWorkspace(localStorage, store.getState().workspaceSnapshot()),
        SAVE_DELAY_MS,
      );
    });
    const flush = () => saveWorkspace(localStorage, store.getState().workspaceSnapshot());
    window.addEventListener('pagehide', flush);
    return () => {
      unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
    };
  }, [store]);
}

/** A dialplan in the URL fragment, taken out of the URL at once; the user decides whether to open it. */
function useSharedDocument(): [string | undefined, () => void] {
  const [shared, setShared] = useState<string | undefined>(() =>
    decodeShareFragment(location.hash),
  );
  useEffect(() => {
    if (shared !== undefined) history.replaceState(null, '', location.pathname + location.search);
  }, [shared]);
  return [shared, () => setShared(undefined)];
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
  useWorkspacePersistence();
  const { importText, importFile, message } = useImport();
  useFileDrop(importFile);
  const [shared, dismiss] = useSharedDocument();
  return (
    <>
      {message &&
        createPortal(
          <p role="alert" className="import-message import-toast">
            {message}
          </p>,
          document.body,
        )}
      {shared !== undefined && (
        <ConfirmDialog
          title="Open the shared dialplan?"
          confirmLabel="Replace with shared dialplan"
          onCancel={dismiss}
          onConfirm={() => {
            importText(shared, 'the share link');
            dismiss();
          }}
        >
          <p>
            This link carries a dialplan ({shared.length.toLocaleString()} characters). Opening it
            replaces the open document (Undo brings it back). Nothing in it runs until you simulate
            it.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
