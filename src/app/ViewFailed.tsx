import { downloadText, xmlFileName } from '../ui/download.ts';
import type { StudioStore } from '../store/index.ts';
import './view-failed.css';

interface ViewFailedProps {
  name: string;
  error: Error;
  store: StudioStore;
  offerDelete: boolean;
  onReload: () => void;
}

/** In place of a failed view: what failed, and the ways out (see ViewBoundary.tsx). */
export function ViewFailed({ name, error, store, offerDelete, onReload }: ViewFailedProps) {
  const download = () => {
    const state = store.getState();
    const documentName = state.documents.find((d) => d.id === state.activeId)?.name ?? 'dialplan';
    downloadText(xmlFileName(documentName), state.text);
  };
  const deleteOpen = () => {
    const state = store.getState();
    state.deleteDocument(state.activeId);
    onReload();
  };
  return (
    <div role="alert" className="view-failed">
      <p>
        <strong>The {name} view failed</strong> ({error.message}). The rest of the studio works, and
        your text is safe.
      </p>
      <div className="view-failed-actions">
        <button type="button" onClick={onReload}>
          Reload this view
        </button>
        <button type="button" onClick={download}>
          Download the text
        </button>
        {offerDelete && (
          <button type="button" onClick={deleteOpen}>
            Delete the open document
          </button>
        )}
      </div>
    </div>
  );
}
