import { createPortal } from 'react-dom';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { downloadText, xmlFileName } from '../../ui/download.ts';
import './persistence.css';

/**
 * What the user must know about saving, above everything: a failed save (the work is NOT saved, with
 * Download as the way out; it goes away when a later save succeeds) and what was set aside or merged.
 */
export function PersistenceAlerts() {
  const store = useStudioStore();
  const notSaved = useStudio((s) => s.persistence.notSaved);
  const notices = useStudio((s) => s.persistence.notices);
  const download = () => {
    // Typing the editor still holds back (its debounce) belongs in the file too.
    store.getState().flushPendingEdits();
    const { text, documents, activeId } = store.getState();
    const name = documents.find((d) => d.id === activeId)?.name ?? 'dialplan';
    downloadText(xmlFileName(name), text);
  };
  if (!notSaved && notices.length === 0) return null;
  return createPortal(
    <div className="persistence-alerts">
      {notSaved && (
        <div role="alert" className="persistence-alert persistence-alert-error">
          <p>
            <strong>Your work is NOT saved</strong>: {notSaved}. Download the open document to keep
            it; the studio keeps trying to save.
          </p>
          <button type="button" onClick={download}>
            Download
          </button>
        </div>
      )}
      {notices.length > 0 && (
        <div role="alert" className="persistence-alert">
          <ul>
            {notices.map((notice, i) => (
              <li key={i}>{notice}</li>
            ))}
          </ul>
          <button type="button" onClick={() => store.getState().dismissPersistenceNotices()}>
            Dismiss
          </button>
        </div>
      )}
    </div>,
    document.body,
  );
}
