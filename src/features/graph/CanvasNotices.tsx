import { Panel } from '@xyflow/react';

interface CanvasNoticesProps {
  problem: string | undefined;
  onDismiss: () => void;
  edgeSelected: boolean;
  onDeleteEdge: () => void;
}

/** Why the last canvas gesture was refused, and the button that removes the selected connection. */
export function CanvasNotices({
  problem,
  onDismiss,
  edgeSelected,
  onDeleteEdge,
}: CanvasNoticesProps) {
  return (
    <Panel position="bottom-center" className="canvas-notices">
      {edgeSelected && (
        <button type="button" className="nodrag" onClick={onDeleteEdge}>
          Delete connection
        </button>
      )}
      {problem && (
        <p role="alert" className="canvas-problem">
          {problem}{' '}
          <button
            type="button"
            className="btn-icon btn-quiet"
            onClick={onDismiss}
            aria-label="Dismiss"
            title="Dismiss"
          >
            ×
          </button>
        </p>
      )}
    </Panel>
  );
}
