/** Which elements some call can reach, by the precise flow (a menu with a default branch always branches). */
import type { DialplanDocument } from '../ast/types.ts';
import { createContext } from './context.ts';
import { buildFlowGraph, reachFrom } from './flow.ts';

/** The ids of the elements some call can reach (none when the root is no `<dialplan>`). */
export function reachedIds(document: DialplanDocument): Set<string> {
  const ctx = createContext(document);
  const { start, forEachSuccessor } = buildFlowGraph(ctx, { menusWithDefaultAlwaysBranch: true });
  const reached = reachFrom(ctx.elements.length, start, forEachSuccessor);
  return new Set(ctx.elements.filter((_, i) => reached[i]).map((e) => e.id));
}
