/**
 * The canvas's chrome: dotted background, minimap (cards in their family's colour, MinimapCards.tsx)
 * and the zoom controls with our readable Fit view. A lazy chunk: the cards are what a person opens the studio to
 * see; the chrome can arrive a moment later and stays out of the start-up bundle.
 */
import { Background, ControlButton, Controls, MiniMap } from '@xyflow/react';
import { MinimapCard } from './MinimapCards.tsx';

// Smaller than React Flow's 200×150: on a laptop screen that covered a third of the graph.
const MINIMAP_SIZE = { width: 150, height: 100 };

export function CanvasChrome({ onFitView }: { onFitView: () => void }) {
  return (
    <>
      <Background />
      <MiniMap
        pannable
        zoomable
        ariaLabel="Mini map"
        style={MINIMAP_SIZE}
        // each card in its family's colour (families.css, by class), one path per family
        nodeComponent={MinimapCard}
      />
      {/* Fit view is ours: React Flow's zooms out until everything fits, however small it gets. */}
      <Controls showFitView={false} orientation="horizontal">
        <ControlButton
          className="react-flow__controls-fitview"
          onClick={onFitView}
          title="Fit view (readable)"
          aria-label="Fit view"
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path
              d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
            />
          </svg>
        </ControlButton>
      </Controls>
    </>
  );
}
