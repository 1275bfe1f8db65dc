/**
 * The minimap's cards, drawn as one SVG path per family (minimap-paths.ts) instead of React Flow's one
 * rect per card. With a rect each, a 1,000-question poll put 1,000 elements in the minimap, and the
 * layout that moved them restyled and laid out all of them in one task (0.3–0.4 s on the dev machine,
 * over issue 11's 200 ms bound; 0.13 s for that task with paths). React Flow asks a node component for
 * each card: the first card's draws every card, the others draw nothing.
 */
import { useDeferredValue, useMemo } from 'react';
import { useStore, type MiniMapNodeProps } from '@xyflow/react';
import { useAllNodes } from './all-nodes-context.ts';
import { pathsByFamily } from './minimap-paths.ts';

export function MinimapCard({ id }: MiniMapNodeProps) {
  const drawsAll = useStore((s) => s.nodes[0]?.id === id);
  return drawsAll ? <FamilyPaths /> : null;
}

/**
 * Every card, from the graph's own list (React Flow holds only those near the camera in a big graph).
 * Deferred: a layout moving a thousand cards redraws the minimap in a later, interruptible render, not
 * in the task that moves the cards.
 */
function FamilyPaths() {
  const nodes = useDeferredValue(useAllNodes());
  const paths = useMemo(() => {
    const boxes = nodes
      .filter((node) => !node.hidden)
      .map((node) => ({
        kind: node.data.node.kind,
        ...node.position,
        width: node.measured?.width ?? node.width,
        height: node.measured?.height ?? node.height,
      }));
    return pathsByFamily(boxes);
  }, [nodes]);
  return (
    <>
      {[...paths].map(([family, d]) => (
        <path key={family} className={`react-flow__minimap-node dp-fam-${family}`} d={d} />
      ))}
    </>
  );
}
