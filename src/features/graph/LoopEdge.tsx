/**
 * A branch that goes back to its own card ("wrong key → ask again"): React Flow draws a source-to-itself
 * bezier as a tiny curl on the handle. This one leaves the branch to the right, climbs beside the card
 * and points back into it at its header, labelled where it leaves the branch, so the loop reads at a glance and stays
 * in the room beside the card (the space above belongs to the card before it).
 */
import { BaseEdge, type EdgeProps } from '@xyflow/react';

/** How far the loop stands off the card's right edge, and where it re-enters below the card's top. */
const OUT = 24;
/** The label's centre: right of the loop, so the card does not cover half of it. */
const LABEL_OFFSET = 36;
const HEADER_MIDDLE = 20;

export function LoopEdge({ id, sourceX, sourceY, targetY, label, markerEnd, style }: EdgeProps) {
  const right = sourceX + OUT;
  const back = targetY + HEADER_MIDDLE;
  // sourceX is the card's right edge (the handle's centre sits on it)
  const path = `M ${sourceX} ${sourceY} L ${right} ${sourceY} L ${right} ${back} L ${sourceX + 2} ${back}`;
  return (
    <BaseEdge
      id={id}
      path={path}
      label={label}
      labelX={right + LABEL_OFFSET}
      labelY={sourceY}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
      {...(markerEnd === undefined ? {} : { markerEnd })}
      {...(style === undefined ? {} : { style })}
    />
  );
}
