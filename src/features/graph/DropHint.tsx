/**
 * The hint beside the pointer while a palette item is dragged over the graph: where the element will go
 * in the call ("Goes after Question_01"), or why it cannot go there. It holds its own state and is driven
 * through `show`, so a dragover (many a second) re-renders this label, not the canvas. The same words go
 * to screen readers through a polite live region.
 */
import { useImperativeHandle, useState, type Ref } from 'react';
import './drop-hint.css';

export interface DropHintState {
  text: string;
  /** False for a refusal or an unreachable place: drawn as a warning. */
  ok: boolean;
  /** Pointer position inside the graph canvas (px). */
  x: number;
  y: number;
}

export interface DropHintHandle {
  show: (hint: DropHintState | undefined) => void;
}

export function DropHint({ ref }: { ref: Ref<DropHintHandle> }) {
  const [hint, setHint] = useState<DropHintState>();
  useImperativeHandle(ref, () => ({ show: setHint }), []);
  return (
    <>
      <div role="status" aria-live="polite" className="drop-hint-live">
        {hint?.text ?? ''}
      </div>
      {hint && (
        <div
          className={`drop-hint${hint.ok ? '' : ' drop-hint-warning'}`}
          data-testid="drop-hint"
          aria-hidden="true"
          style={{ left: hint.x + 16, top: hint.y + 16 }}
        >
          {hint.text}
        </div>
      )}
    </>
  );
}
