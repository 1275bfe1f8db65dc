/**
 * The editing code the canvas needs only when a person edits (drop, connect, delete, add a branch):
 * loaded by `edit-ops.ts` after the first paint, so that it stays out of the start-up bundle.
 */
export {
  addKeypressBranch,
  connectToElement,
  deleteElement,
  deleteSelectingNeighbour,
  deriveGraph,
  estimateNodeSize,
  graphMarks,
  insertJoined,
  mayContain,
  paletteItem,
  paletteSnippet,
  planDrop,
} from '../../core/index.ts';
export { connectionSourceOf, dropPositions, edgeRemoval } from './canvas-edits.ts';
export { branchOutputAt, dropTargetAt, planInWords } from './drop-target.ts';
