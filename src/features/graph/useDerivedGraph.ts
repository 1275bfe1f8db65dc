/**
 * The graph of the last good tree. An edit re-derives it at once (reusing unchanged nodes, see
 * `deriveGraph`); a big document opened whole (restored, imported, switched to) is derived in slices
 * of a few milliseconds each, one task after another (`timeSlice`), so the page stays responsive while
 * it opens.
 * Until a sliced derivation lands, the previous graph is shown and `deriving` is true.
 */
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import {
  deriveGraph,
  deriveGraphSteps,
  type DialplanDocument,
  type FlowGraph,
} from '../../core/index.ts';
import { BIG_TEXT_CHARS, useStudio, useStudioStore } from '../../store/index.ts';
import { nextTimerTask, timeSlice } from '../../ui/schedule.ts';
import { prewarmSteps } from './prewarm.ts';

/** Nodes built between two checks of the time budget. */
const NODES_PER_STEP = 25;
/** The longest one slice may run before it lets the browser paint and handle input. */
const SLICE_BUDGET_MS = 30;

export function useDerivedGraph(lastGood: DialplanDocument): {
  graph: FlowGraph;
  deriving: boolean;
} {
  const store = useStudioStore();
  const origin = useStudio((s) => s.textOrigin);
  const opened = origin === 'import' || origin === 'restore';
  const sliced = opened && lastGood.source.length >= BIG_TEXT_CHARS;
  const previousGraph = useRef<FlowGraph | undefined>(undefined);
  const [stepped, setStepped] = useState<{ doc: DialplanDocument; graph: FlowGraph }>();

  const direct = useMemo(() => {
    if (sliced) return undefined;
    const next = deriveGraph(lastGood, previousGraph.current);
    previousGraph.current = next;
    return next;
  }, [lastGood, sliced]);

  useEffect(() => {
    if (!sliced) return;
    const steps = openSteps(lastGood, previousGraph.current, store);
    let cancelled = false;
    void (async () => {
      await nextTimerTask(); // the previous graph and "deriving" are drawn first
      const turn = timeSlice(SLICE_BUDGET_MS);
      for (;;) {
        if (cancelled) return;
        const step = steps.next();
        if (step.done) {
          previousGraph.current = step.value;
          // A transition: React renders the big graph in interruptible pieces.
          return startTransition(() => setStepped({ doc: lastGood, graph: step.value }));
        }
        await turn();
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [lastGood, sliced, store]);

  const graph = direct ?? (stepped?.doc === lastGood ? stepped.graph : previousGraph.current);
  return { graph: graph ?? EMPTY_GRAPH, deriving: sliced && stepped?.doc !== lastGood };
}

/** The graph's derivation, then what its first render needs (prewarm.ts), in steps. */
function* openSteps(
  doc: DialplanDocument,
  previous: FlowGraph | undefined,
  store: ReturnType<typeof useStudioStore>,
): Generator<unknown, FlowGraph> {
  const graph = yield* deriveGraphSteps(doc, previous, NODES_PER_STEP);
  const { positions, highlight } = store.getState();
  yield* prewarmSteps(graph, positions, highlight, NODES_PER_STEP * 4);
  return graph;
}

const EMPTY_GRAPH: FlowGraph = { nodes: [], edges: [], nodeIds: new Set() };
