/**
 * Auto-layout of the whole graph with elkjs (layered, top to bottom or left to right: whichever fits the
 * pane better, see `direction.ts`), framework-free so that it runs in
 * a Web Worker in the browser (features/graph/layout.worker.ts), in Node for tests and benchmarks alike.
 * Not exported from `core/index.ts` on purpose: elkjs is ~1 MB and must stay out of the start-up bundle;
 * import this file directly from the worker.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { LayoutInput } from './layout-input.ts';
import type { XY } from './types.ts';
import { chooseArrangement, type LaidOut } from './direction.ts';
import { layoutInColumns } from './reading-order-columns.ts';
import type { Size } from './viewport.ts';

/** Above this many nodes nothing fits readable anyway: the entry is shown, one layout, top to bottom. */
const COMPARE_MAX_NODES = 150;

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  // Room between layers for an edge's key label; less across, where nothing is drawn.
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.nodeNode': '36',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.thoroughness': '1',
};

let elk: InstanceType<typeof ELK> | undefined;

/**
 * The arrangement that shows the whole flow readable on `pane` (see `direction.ts`), or top to bottom
 * when the pane is unknown or the flow is too big to fit anyway.
 */
export async function layoutToFit(input: LayoutInput, pane?: Size): Promise<LaidOut> {
  if (!pane || input.nodes.length > COMPARE_MAX_NODES)
    return { direction: 'DOWN', positions: await layoutWithElk(input) };
  return chooseArrangement(input, pane, (direction) =>
    direction === 'COLUMNS'
      ? Promise.resolve(layoutInColumns(input, pane))
      : layoutWithElk(input, direction),
  );
}

/** Positions (top-left corners) for every node of the input, layered in that direction. */
export async function layoutWithElk(
  input: LayoutInput,
  direction: 'DOWN' | 'RIGHT' = 'DOWN',
): Promise<Record<string, XY>> {
  elk ??= new ELK();
  const known = new Set(input.nodes.map((n) => n.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: { ...OPTIONS, 'elk.direction': direction },
    children: input.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: input.edges
      .filter((e) => known.has(e.source) && known.has(e.target))
      .map((e, i) => ({ id: `e${i}`, sources: [e.source], targets: [e.target] })),
  };
  const result = await elk.layout(graph);
  const positions: Record<string, XY> = {};
  for (const child of result.children ?? [])
    positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  return positions;
}
