/**
 * Auto-layout of the whole graph with elkjs (layered, left to right), framework-free so that it runs in
 * a Web Worker in the browser (features/graph/layout.worker.ts), in Node for tests and benchmarks alike.
 * Not exported from `core/index.ts` on purpose: elkjs is ~1 MB and must stay out of the start-up bundle;
 * import this file directly from the worker.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { LayoutInput } from './layout-input.ts';
import type { XY } from './types.ts';

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '80',
  'elk.spacing.nodeNode': '40',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.thoroughness': '1',
};

let elk: InstanceType<typeof ELK> | undefined;

/** Positions (top-left corners) for every node of the input. */
export async function layoutWithElk(input: LayoutInput): Promise<Record<string, XY>> {
  elk ??= new ELK();
  const known = new Set(input.nodes.map((n) => n.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: OPTIONS,
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
