/**
 * The graph as one Tab stop (issue 28 item 2; docs/decisions/graph-keyboard.md). One card holds
 * tabIndex 0 (roving tabindex), the rest -1; the arrow keys move focus along the flow (`graph-nav.ts`),
 * the card scrolls into view, and a polite live region says where focus is and where the call goes.
 * The keys sit on the canvas element (capture phase, so React Flow's own arrow-key move of a selected
 * card does not also run); Shift+arrows are left to React Flow and still nudge the card.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useReactFlow, type Edge } from '@xyflow/react';
import type { DialplanFlowNode } from './DialplanNode.tsx';
import { isNavKey, nextCard, sourcesOf, targetsOf } from './graph-nav.ts';
import { centre } from './useGraphEffects.ts';
import { rescueFocus } from '../keyboard/index.ts';

const CARD = '.react-flow__node';

function cardName(node: DialplanFlowNode | undefined): string {
  if (!node) return '';
  const { tagName, name } = node.data.node;
  return name ? `${tagName} ${name}` : tagName;
}

/** The card element of node `id` inside `root`. */
function cardElement(root: HTMLElement | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`${CARD}[data-id="${CSS.escape(id)}"]`) ?? null;
}

export function useCardFocus(
  nodes: DialplanFlowNode[],
  edges: Edge[],
  selectedNodeId: string | undefined,
) {
  const flow = useReactFlow();
  const root = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState<string | undefined>(undefined);
  // A new selection (a click, an insert, the XML cursor) becomes the graph's Tab stop.
  const [followed, setFollowed] = useState(selectedNodeId);
  if (followed !== selectedNodeId) {
    setFollowed(selectedNodeId);
    setCurrent(undefined);
  }
  const [said, setSaid] = useState('');
  const cameFrom = useRef<{ at: string; from: string } | undefined>(undefined);
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const stop =
    (current !== undefined && byId.has(current) ? current : undefined) ??
    (selectedNodeId !== undefined && byId.has(selectedNodeId) ? selectedNodeId : undefined) ??
    nodes.find((n) => n.data.entry)?.id ??
    nodes[0]?.id;

  // Each card object is copied once with its tabIndex (cached per object): moving focus re-renders two.
  const rest = useRef(new WeakMap<DialplanFlowNode, DialplanFlowNode>());
  const focusable = useRef(new WeakMap<DialplanFlowNode, DialplanFlowNode>());
  const roving = useMemo(
    () =>
      nodes.map((n) => {
        const cache = n.id === stop ? focusable.current : rest.current;
        let out = cache.get(n);
        if (!out) {
          out = { ...n, domAttributes: { ...n.domAttributes, tabIndex: n.id === stop ? 0 : -1 } };
          cache.set(n, out);
        }
        return out;
      }),
    [nodes, stop],
  );

  // The focused card removed (Delete, the Undo of its insert, a re-derived graph): focus goes to the
  // graph's Tab stop (the selection, else the start), never to <body>.
  const focusedCard = useRef<HTMLElement | null>(null);
  const stopRef = useRef(stop);
  stopRef.current = stop;
  useEffect(() => {
    rescueFocus(focusedCard.current, () =>
      stopRef.current === undefined ? null : cardElement(root.current, stopRef.current),
    );
  }, [roving]);

  const announce = useCallback(
    (id: string) => {
      const to = targetsOf(edges, id).map((t) => cardName(byId.get(t)));
      const from = sourcesOf(edges, id).map((s) => cardName(byId.get(s)));
      setSaid(
        `${cardName(byId.get(id))}.` +
          (to.length > 0 ? ` Goes to ${to.join(', ')}.` : ' The call ends here.') +
          (from.length > 0 ? ` Comes from ${from.join(', ')}.` : ''),
      );
    },
    [edges, byId],
  );

  const onFocusCapture = useCallback(
    (event: FocusEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (!target.matches(CARD)) return;
      const id = target.dataset.id;
      if (id === undefined) return;
      focusedCard.current = target;
      setCurrent(id);
      announce(id);
    },
    [announce],
  );

  const onKeyDownCapture = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      const target = event.target as HTMLElement;
      if (!isNavKey(event.key) || !target.matches(CARD)) return;
      if (event.shiftKey || event.ctrlKey || event.altKey || event.metaKey) return;
      const from = target.dataset.id;
      if (from === undefined) return;
      event.preventDefault();
      event.stopPropagation();
      const back = cameFrom.current?.at === from ? cameFrom.current.from : undefined;
      const navNodes = nodes.map((n) => ({ id: n.id, x: n.position.x, entry: n.data.entry }));
      const to = nextCard(navNodes, edges, from, event.key, back);
      if (to === undefined) return;
      if (event.key === 'ArrowRight') cameFrom.current = { at: to, from };
      else if (event.key !== 'ArrowLeft')
        cameFrom.current = back ? { at: to, from: back } : undefined;
      setCurrent(to);
      // A culled card is drawn once the camera is on it: centre first, then focus when it is there.
      const show = () => {
        const card = cardElement(root.current, to);
        if (!card) return false;
        const box = card.getBoundingClientRect();
        const view = root.current!.getBoundingClientRect();
        const inside =
          box.top >= view.top &&
          box.bottom <= view.bottom &&
          box.left >= view.left &&
          box.right <= view.right;
        if (!inside) centre(flow, to);
        card.focus({ preventScroll: true });
        return true;
      };
      if (!show()) {
        centre(flow, to);
        let frames = 0;
        const retry = () => {
          if (!show() && ++frames < 30) requestAnimationFrame(retry);
        };
        requestAnimationFrame(retry);
      }
    },
    [nodes, edges, flow],
  );

  return { root, nodes: roving, said, onFocusCapture, onKeyDownCapture };
}
