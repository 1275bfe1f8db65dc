import { TAGS } from '../../schema/tags.ts';
import type { Rule } from '../types.ts';

/**
 * Elements no call can reach from the start, following fall-through, gotos, branches and catch gotos.
 * Only the outermost unreachable element is reported (its children are unreachable with it).
 */
export const unreachable: Rule = {
  id: 'unreachable',
  severity: 'warning',
  scope: 'document',
  visits: '*',
  check(e, ctx, i) {
    if (!ctx.dialplan) return;
    const { reached } = ctx.flow();
    if (reached[i]) return; // most elements: one byte read
    const p = ctx.parent[i] ?? -1;
    const parent = ctx.elements[p];
    if (!parent || !reached[p]) return;
    if (parent.kind !== 'unknown' && TAGS[parent.kind].content !== 'children') return;
    ctx.report(
      e,
      `<${e.tagName}> can never run: no path from the start of the call reaches it (add a goto to it, or remove it)`,
    );
  },
};
