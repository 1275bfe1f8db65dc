import { useState } from 'react';
import { BLANK_DIALPLAN, emptyPollXml } from '../../core/index.ts';
import { useStudioStore } from '../../store/index.ts';
import { focusInspectorOf } from '../keyboard/index.ts';
import { ExamplesGallery } from '../documents/index.ts';
import { Modal } from '../../ui/Modal.tsx';
import './commands.css';

interface NewDialogProps {
  onClose: () => void;
}

/**
 * New: a new document (the open one stays in the documents list) from a template: an empty poll, one of
 * the examples, or a blank dialplan. Its broadcast settings start blank.
 */
export function NewDialog({ onClose }: NewDialogProps) {
  const store = useStudioStore();
  const [showExamples, setShowExamples] = useState(false);
  const create = (name: string, text: string, select?: string) => {
    store.getState().newDocument(name, text);
    store.getState().setSidePanelTab('Inspector');
    onClose();
    // The new poll's question opens in the Inspector, focus with it: the next Tab edits its name.
    if (select) {
      store.getState().select(select, 'inspector');
      focusInspectorOf(select);
    }
  };
  return (
    <Modal title="New dialplan" onClose={onClose} className="new-dialog">
      <ul className="template-list" aria-label="Templates">
        <li>
          <button type="button" onClick={() => create('Poll', emptyPollXml(), '/dialplan/menu')}>
            Empty poll
          </button>
          <span>A person hears one question (edit it in the Inspector), a machine a message.</span>
        </li>
        <li>
          <button
            type="button"
            aria-expanded={showExamples}
            onClick={() => setShowExamples(!showExamples)}
          >
            From an example…
          </button>
          <span>The examples gallery: the political poll and other ready-made dialplans.</span>
        </li>
        <li>
          <button type="button" onClick={() => create('Untitled', BLANK_DIALPLAN)}>
            Blank dialplan
          </button>
          <span>An empty &lt;dialplan&gt;: add tags and blocks from the palette.</span>
        </li>
      </ul>
      {showExamples && (
        <div className="new-examples">
          <ExamplesGallery />
        </div>
      )}
    </Modal>
  );
}
