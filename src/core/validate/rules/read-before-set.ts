import type { ElementNode } from '../../ast/types.ts';
import type { ReachGraph } from '../flow.ts';
import type { Rule } from '../types.ts';

/**
 * `${name}` read where no call can have set it yet: every element that sets the name (setvar, record,
 * get, post) can only run after this read, on every path the flow graph knows (conditions are not
 * evaluated, so a path through an `if` counts). The read gives an empty string. Names also covered by
 * a computed setter (`answer${n}`) are left alone; unreachable reads are the unreachable rule's.
 */
export const readBeforeSet: Rule = {
  id: 'read-before-set',
  severity: 'warning',
  scope: 'document',
  finish(ctx) {
    const uses = ctx.variables();
    if (uses.assigned.size === 0) return;
    const flow = ctx.flow();
    const afterSetters = new Map<string, Uint8Array>();
    for (const read of uses.reads) {
      const setters = uses.assigned.get(read.name);
      if (!setters || !flow.reached[read.ordinal]) continue;
      if (uses.assignedPrefixes.some((p) => read.name.startsWith(p))) continue;
      let after = afterSetters.get(read.name);
      if (!after) {
        after = reachableAfter(flow, setters);
        afterSetters.set(read.name, after);
      }
      if (after[read.ordinal]) continue;
      const first = ctx.elements[setters[0] ?? 0] as ElementNode;
      ctx.report(
        read.element,
        `\${${read.name}} is read before anything sets it: <${first.tagName}> on line ${first.openTagRange.start.line} sets it, but no call gets there first, so here it reads as an empty string. Set it earlier`,
        read.range(),
      );
    }
  },
};

/** Every element that may run after one of `setters` has run. */
function reachableAfter(flow: ReachGraph, setters: readonly number[]): Uint8Array {
  const reached = new Uint8Array(flow.reached.length);
  const queue: number[] = [];
  const visit = (next: number) => {
    if (reached[next]) return;
    reached[next] = 1;
    queue.push(next);
  };
  for (const setter of setters) flow.forEachSuccessor(setter, visit);
  for (let q = 0; q < queue.length; q++) flow.forEachSuccessor(queue[q] ?? 0, visit);
  return reached;
}
