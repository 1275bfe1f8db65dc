import { useStudio } from '../../store/index.ts';
import { useHistoryShortcuts } from './useHistoryShortcuts.ts';

/** Undo and Redo buttons for the one document history, and the keyboard shortcuts outside the editor. */
export function HistoryControls() {
  useHistoryShortcuts();
  const canUndo = useStudio((s) => s.canUndo);
  const canRedo = useStudio((s) => s.canRedo);
  const undo = useStudio((s) => s.undo);
  const redo = useStudio((s) => s.redo);
  return (
    <div role="group" aria-label="History" className="history-controls">
      <button type="button" disabled={!canUndo} onClick={undo} aria-keyshortcuts="Control+Z">
        Undo
      </button>
      <button type="button" disabled={!canRedo} onClick={redo} aria-keyshortcuts="Control+Shift+Z">
        Redo
      </button>
    </div>
  );
}
