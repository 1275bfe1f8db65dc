/** Which elements some call can reach, by the precise flow (a menu with a default branch always branches). */
import type { DialplanDocument } from '../ast/types.ts';
import { createContext } from './context.ts';
import { buildReachGraph } from './flow.ts';

/** The ids of the elements some call can reach (none when the root is no `<dialplan>`). */
export function reachedIds(document: DialplanDocument): Set<string> {
  const ctx = createContext(document);
  const { reached } = buildReachGraph(ctx, { menusWithDefaultAlwaysBranch: true });
  return new Set(ctx.elements.filter((_, i) => reached[i]).map((e) => e.id));
}
