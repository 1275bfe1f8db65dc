import { elementName } from '../../ast/query.ts';
import type { ElementNode } from '../../ast/types.ts';
import { TAGS } from '../../schema/tags.ts';
import type { Rule, ValidationContext } from '../types.ts';

/**
 * A named element no call can reach although the `unreachable` rule's looser flow lets it: nothing
 * jumps to it and nothing falls through to it, typically because the menu before it has a `default`
 * branch and so always takes a branch (every branch going elsewhere). A question added after another
 * one without joining the flow is the case that asked for it. Only the outermost such element is
 * reported; elements the `unreachable` rule reports are left to it.
 */
export const noWayIn: Rule = {
  id: 'no-way-in',
  severity: 'warning',
  scope: 'document',
  visits: '*',
  check(e, ctx, i) {
    if (!ctx.dialplan) return;
    const flow = ctx.flow();
    if (!flow.reached[i]) return;
    const strictReached = flow.strictReached();
    if (strictReached[i]) return; // most elements: two byte reads
    const p = ctx.parent[i] ?? -1;
    const parent = ctx.elements[p];
    if (!parent || !strictReached[p]) return;
    if (parent.kind !== 'unknown' && TAGS[parent.kind].content !== 'children') return;
    const name = elementName(e)?.trim();
    if (!name) return;
    const before = previousStep(ctx, i);
    const said = before === undefined ? undefined : labelOf(ctx.elements[before]);
    const why =
      before === undefined || !said
        ? ''
        : strictReached[before]
          ? ` (${said} before it always goes elsewhere)`
          : ` (${said} before it is on no call either)`;
    ctx.report(
      e,
      `<${e.tagName}> "${name}" can never run: no goto names it and no call falls through to it${why}`,
    );
  },
};

/** The sibling a call would have to carry on from to reach element `i` (branches skipped). */
function previousStep(ctx: ValidationContext, i: number): number | undefined {
  const p = ctx.parent[i] ?? -1;
  const from = ctx.kidStart[p] ?? 0;
  for (let k = from + (ctx.index[i] ?? 0) - 1; k >= from; k--) {
    const sibling = ctx.kidList[k] ?? -1;
    const kind = ctx.elements[sibling]?.kind;
    if (kind !== undefined && kind !== 'keypress' && kind !== 'else') return sibling;
  }
  return undefined;
}

function labelOf(element: ElementNode | undefined): string | undefined {
  if (!element) return undefined;
  const name = elementName(element)?.trim();
  return name ? `"${name}"` : `the <${element.tagName}>`;
}
