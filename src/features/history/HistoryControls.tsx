import { ActionButton } from '../../ui/actions/ActionButton.tsx';

/** Undo and Redo buttons for the one document history (registry actions; their keys go through it too). */
export function HistoryControls() {
  return (
    <div role="group" aria-label="History" className="history-controls">
      <ActionButton id="edit.undo" />
      <ActionButton id="edit.redo" />
    </div>
  );
}
