/**
 * Automatic layout and Tidy: a document with no positions (first open, a document switched to that was
 * never laid out, an import) is laid out by elkjs in a worker, arranged to fit the graph pane (see
 * `core/layout/direction.ts`); Tidy does the same on demand, as one undo step. Positions a person has set
 * are kept: the automatic layout only runs when no node has one, and only an automatic layout follows
 * the pane when it is resized. Each layout ends with a readable view.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore, useStoreApi } from '@xyflow/react';
import { layoutInputOf, type FlowGraph, type Size, type XY } from '../../core/index.ts';
import { afterWorkerHolds, useStudioStore } from '../../store/index.ts';
import { layoutInWorker } from './layout-client.ts';
import { nextTimerTask as nextTask } from '../../ui/schedule.ts';

/** A resize smaller than this share of the pane keeps the automatic layout as it is. */
const RELAYOUT_CHANGE = 0.08;
/** Splitters and window resizes come in bursts: lay out again once they rest. */
const RELAYOUT_DELAY_MS = 150;

function changedMuch(a: Size, b: Size): boolean {
  return (
    Math.abs(a.width - b.width) > RELAYOUT_CHANGE * b.width ||
    Math.abs(a.height - b.height) > RELAYOUT_CHANGE * b.height
  );
}

export function useAutoLayout(graph: FlowGraph, hasPositions: boolean, requestView: () => void) {
  const store = useStudioStore();
  const flowStore = useStoreApi();
  // The arrangement depends on the pane's size: wait until React Flow has measured it.
  const paneWidth = useStore((s) => s.width);
  const paneHeight = useStore((s) => s.height);
  const paneMeasured = paneWidth > 0 && paneHeight > 0;
  const [tidying, setTidying] = useState(false);
  // While a layout runs or waits to run, nodes are about to move: the canvas says so (aria-busy), for
  // people and tests. A count, so that each layout and each scheduled one ends its own part: a boolean
  // set by a relayout that an edit then cancelled was never cleared (the canvas stayed busy for good).
  const [laying, setLaying] = useState(0);
  const autoLaying = laying > 0;
  /**
   * The positions the last automatic layout set, and the pane it fitted (state: a pane that changed while
   * the layout ran is compared again when it lands).
   */
  const [automatic, setAutomatic] = useState<{ positions: Record<string, XY>; pane: Size }>();

  // In a task of its own: for the 1,000-question poll, the layout's input and sending it to the worker
  // take 0.07 s, which joined the task that first draws the graph (issue 11 item 6). Not while a big
  // document's editor opens (store/worker-hold.ts).
  const layOut = useCallback(
    () =>
      nextTask()
        .then(afterWorkerHolds)
        .then(() => {
          const { width, height } = flowStore.getState();
          const pane = { width, height };
          return layoutInWorker(layoutInputOf(graph), pane).then((laidOut) => ({
            ...laidOut,
            pane,
          }));
        }),
    [flowStore, graph],
  );

  const tidy = useCallback(async () => {
    setTidying(true);
    const laidOut = store.getState().lastGood;
    try {
      const { positions } = await layOut();
      // An edit made while the layout ran has other elements: its layout would misplace them.
      if (store.getState().lastGood === laidOut) {
        store.getState().setPositions(positions, true);
        requestView();
      }
    } finally {
      setTidying(false);
    }
  }, [layOut, requestView, store]);

  /** Lays out automatically (out of history), unless someone placed nodes meanwhile. */
  const autoLayOut = useCallback(
    (mayReplace: (current: Record<string, XY>) => boolean) => {
      setLaying((n) => n + 1);
      const done = () => setLaying((n) => n - 1);
      layOut().then(
        ({ positions, pane }) => {
          if (mayReplace(store.getState().positions)) {
            setAutomatic({ positions, pane });
            store.getState().setAutoLayout(positions);
            requestView();
          }
          done();
        },
        done, // the quick placement stays
      );
    },
    [layOut, requestView, store],
  );

  const autoLaid = useRef(false);
  useEffect(() => {
    // Once laid out, the next document without positions (another one opened) gets its own layout.
    if (hasPositions) autoLaid.current = false;
    if (hasPositions || autoLaid.current || graph.nodes.length === 0 || !paneMeasured) return;
    autoLaid.current = true;
    // Until the layout lands, the quick placement is shown readable from its entry.
    requestView();
    autoLayOut((current) => Object.keys(current).length === 0);
  }, [autoLayOut, graph, hasPositions, paneMeasured, requestView]);

  // The pane changed size (the studio settling, a splitter, the window): an automatic layout follows.
  useEffect(() => {
    const last = automatic;
    const pane = { width: paneWidth, height: paneHeight };
    if (!last || !paneMeasured || !changedMuch(pane, last.pane)) return;
    if (store.getState().positions !== last.positions) return;
    // Busy from now: the layout is coming. An edit (a new graph, new positions) or another resize
    // before it runs cancels it, and the cancelled one is no longer waited for.
    setLaying((n) => n + 1);
    let waiting = true;
    const timer = setTimeout(() => {
      waiting = false;
      setLaying((n) => n - 1); // autoLayOut counts itself
      autoLayOut((current) => current === last.positions);
    }, RELAYOUT_DELAY_MS);
    return () => {
      clearTimeout(timer);
      if (waiting) setLaying((n) => n - 1);
    };
  }, [autoLayOut, automatic, paneHeight, paneMeasured, paneWidth, store]);

  // An imported document is a new flow: lay it out afresh (positions matched by name would pin its
  // nodes to the places of the one it replaced).
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.textOrigin === 'import' && state.lastGood !== previous.lastGood)
          state.setAutoLayout({});
      }),
    [store],
  );

  return { tidy, tidying, autoLaying };
}
