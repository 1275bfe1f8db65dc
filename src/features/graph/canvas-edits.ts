/**
 * What a gesture on the canvas means as an edit operation (pure: no React). A dragged connection from a
 * handle → the element and port `connectToElement` writes the goto for; a deleted edge → the goto that
 * draws it; the places of the nodes a palette drop made (where it goes in the text: core/edit/drop-placement).
 */
import {
  deleteElement,
  disconnect,
  EditError,
  findElement,
  textContent,
  type ConnectPort,
  type DialplanDocument,
  type FlowEdge,
  type FlowGraph,
  type TextPatch,
  type XY,
  freeSpot,
  type Box,
} from '../../core/index.ts';

export interface ConnectionSource {
  sourceId: string;
  port: ConnectPort;
}

/** The element and port behind a source handle of a node (see FlowOutput ids in core/graph). */
export function connectionSourceOf(
  graph: FlowGraph,
  nodeId: string,
  handleId: string | null | undefined,
): ConnectionSource {
  const node = graph.nodes.find((n) => n.id === nodeId);
  if (!node) throw new EditError('That node is gone: the document changed.');
  const handle = handleId ?? 'out';
  // a branch output (keypress, live, machine, else): its handle id is the branch element's id
  if (handle.startsWith('/')) return { sourceId: handle, port: 'branch' };
  if (handle === 'catch') return { sourceId: nodeId, port: 'branch' };
  if (handle === 'then') {
    if (node.outputs.some((o) => o.label === 'else' && o.elementId !== undefined))
      throw new EditError('This condition has an <else>: connect its "then" part in the XML.');
    return { sourceId: nodeId, port: 'branch' };
  }
  if (handle === 'watch') throw new EditError('The watched part of a catch does not go anywhere.');
  // `out`: a goto node's target is its own text; any other node's "next" is a goto after it
  return { sourceId: nodeId, port: node.kind === 'goto' ? 'branch' : 'next' };
}

/**
 * The patches that remove what draws `edge`: the goto (or the catch's goto attribute). Fall-through and
 * nesting edges have no goto: removing them is refused with a message.
 */
export function edgeRemoval(doc: DialplanDocument, graph: FlowGraph, edge: FlowEdge): TextPatch[] {
  if (edge.kind === 'catch') return disconnect(doc, edge.source, 'branch');
  if (edge.kind !== 'goto')
    throw new EditError(
      edge.kind === 'next'
        ? 'This arrow is the call carrying on to what follows: there is no goto to remove.'
        : 'This arrow leads into a nested element: move or delete that element instead.',
    );
  const node = graph.nodes.find((n) => n.id === edge.source);
  if (!node) throw new EditError('That connection is gone: the document changed.');
  if (node.kind === 'goto') return deleteElement(doc, node.id);
  const actions =
    edge.sourceHandle === 'out'
      ? node.body
      : (node.outputs.find((o) => o.id === edge.sourceHandle)?.actions ?? []);
  const gotos = actions.filter((a) => a.kind === 'goto');
  const targetName = graph.nodes.find((n) => n.id === edge.target)?.name?.trim();
  const drawn =
    gotos.find((a) => {
      const element = findElement(doc, a.id);
      return element !== undefined && textContent(element).trim() === targetName;
    }) ?? gotos.at(-1);
  if (!drawn) throw new EditError('No goto found for this connection.');
  return deleteElement(doc, drawn.id);
}

/** How far apart the top-level elements of one dropped block are stacked (a play above its hangup). */
export const DROP_STACK_GAP = 200;

/** A card's size when it has not been drawn yet (a generous guess: a question card). */
const UNDRAWN = { width: 280, height: 200 };

/**
 * Positions for the top-level elements a drop inserted (those starting inside the inserted text from
 * `focusOffset` on): the first at the drop point, the others stacked below it; each moved to the nearest
 * free place when it would cover one of the `taken` cards (core/layout/free-spot.ts).
 */
export function dropPositions(
  doc: DialplanDocument,
  focusOffset: number,
  insertedLength: number,
  point: XY,
  taken: readonly Box[] = [],
  sizeOf: (id: string) => { width: number; height: number } | undefined = () => undefined,
): Record<string, XY> {
  const positions: Record<string, XY> = {};
  const added = (doc.root?.children ?? []).filter(
    (c) =>
      c.type === 'element' &&
      c.range.start.offset >= focusOffset &&
      c.range.start.offset < focusOffset + insertedLength,
  );
  const boxes = [...taken];
  added.forEach((element, i) => {
    if (element.type !== 'element') return;
    const size = sizeOf(element.id) ?? UNDRAWN;
    const at = freeSpot({ x: point.x, y: point.y + i * DROP_STACK_GAP }, size, boxes);
    positions[element.id] = at;
    boxes.push({ ...at, ...size });
  });
  return positions;
}
