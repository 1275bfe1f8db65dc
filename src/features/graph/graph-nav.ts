/**
 * Moving the keyboard focus between cards along the flow (issue 28 item 2): → goes to the card the call
 * goes to next, ← to where it came from, ↑/↓ to the other branches of the same parent (else to the other
 * cards at the same depth from the start). Pure: cards and arrows in, the card to focus out.
 */

export interface NavEdge {
  source: string;
  target: string;
}

export interface NavNode {
  id: string;
  x: number;
  entry?: boolean;
}

export type NavKey = 'ArrowRight' | 'ArrowLeft' | 'ArrowUp' | 'ArrowDown';

export function isNavKey(key: string): key is NavKey {
  return key === 'ArrowRight' || key === 'ArrowLeft' || key === 'ArrowUp' || key === 'ArrowDown';
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/** The cards the call goes to from `id`, in branch order (loops back to itself left out). */
export function targetsOf(edges: readonly NavEdge[], id: string): string[] {
  return unique(edges.filter((e) => e.source === id && e.target !== id).map((e) => e.target));
}

/** The cards whose calls come to `id`. */
export function sourcesOf(edges: readonly NavEdge[], id: string): string[] {
  return unique(edges.filter((e) => e.target === id && e.source !== id).map((e) => e.source));
}

/** Each card's depth: arrows from the start (breadth first); cards the start never reaches get none. */
export function depthsOf(
  nodes: readonly NavNode[],
  edges: readonly NavEdge[],
): Map<string, number> {
  const depth = new Map<string, number>();
  const entry = nodes.find((n) => n.entry) ?? nodes[0];
  if (!entry) return depth;
  depth.set(entry.id, 0);
  const queue = [entry.id];
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!;
    for (const t of targetsOf(edges, id)) {
      if (depth.has(t)) continue;
      depth.set(t, depth.get(id)! + 1);
      queue.push(t);
    }
  }
  return depth;
}

/**
 * The card an arrow key moves to from `from`, or undefined when there is none that way. `cameFrom` is
 * the card focus arrived from with →, so ← walks back the same way and ↑/↓ stay among its branches.
 */
export function nextCard(
  nodes: readonly NavNode[],
  edges: readonly NavEdge[],
  from: string,
  key: NavKey,
  cameFrom?: string,
): string | undefined {
  const sources = sourcesOf(edges, from);
  const parent = cameFrom !== undefined && sources.includes(cameFrom) ? cameFrom : sources[0];
  if (key === 'ArrowRight') return targetsOf(edges, from)[0];
  if (key === 'ArrowLeft') return parent;
  const step = key === 'ArrowDown' ? 1 : -1;
  const siblings = parent === undefined ? [] : targetsOf(edges, parent);
  if (siblings.length > 1 && siblings.includes(from)) {
    return siblings[siblings.indexOf(from) + step];
  }
  // No other branch: the other cards at the same depth, left to right.
  const depths = depthsOf(nodes, edges);
  const mine = depths.get(from);
  const row = nodes
    .filter((n) => (mine === undefined ? !depths.has(n.id) : depths.get(n.id) === mine))
    .sort((a, b) => a.x - b.x)
    .map((n) => n.id);
  return row[row.indexOf(from) + step];
}
