/**
 * Writing a card's note: the text becomes the XML comment just before the element (`core/edit/note.ts`),
 * one undo step; an empty note removes the comment. Ctrl+Enter saves, Escape closes without saving.
 */
import { useId, useState } from 'react';
import { Panel } from '@xyflow/react';
import { setNote } from '../../core/index.ts';
import { runEdit, useStudioStore } from '../../store/index.ts';

interface Props {
  elementId: string;
  /** What the note is on, e.g. `menu Live`. */
  title: string;
  initial: string;
  onClose: () => void;
}

export function NoteEditor({ elementId, title, initial, onClose }: Props) {
  const store = useStudioStore();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const id = useId();
  const close = () => {
    onClose();
    // Back to the card the note belongs to, for the keyboard.
    document
      .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(elementId)}"]`)
      ?.focus();
  };
  const save = () => {
    const failed = runEdit(
      store.getState(),
      initial ? 'Edit note' : 'Add note',
      (doc) => setNote(doc, elementId, text),
      'graph',
    );
    if (failed) setProblem(failed);
    else close();
  };
  return (
    <Panel position="top-center" className="note-editor nodrag nowheel">
      <form
        aria-label={`Note on ${title}`}
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        onKeyDown={(event) => {
          event.stopPropagation(); // not the canvas's Delete key
          if (event.key === 'Escape') close();
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
        }}
      >
        <label htmlFor={id}>Note on {title}</label>
        <textarea
          id={id}
          value={text}
          rows={3}
          autoFocus
          onChange={(event) => setText(event.target.value)}
          placeholder="What this step is for (kept as an XML comment)"
        />
        {problem && <p role="alert">{problem}</p>}
        <div className="note-editor-buttons">
          <button type="submit" className="btn-primary">
            Save note
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </Panel>
  );
}
