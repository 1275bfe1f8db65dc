import type { ElementKind, ElementNode } from '../../ast/types.ts';
import { ALL_KINDS } from '../../ast/kind-codes.ts';
import { mayContain, TAGS } from '../../schema/tags.ts';
import type { Rule, ValidationContext } from '../types.ts';

/**
 * Where tags may stand: keypress only in menu, live/machine only in amd (exactly one each), else only as
 * the last child of if, nothing inside text-only or empty tags (the schema's `mayContain`).
 */
export const containment: Rule = {
  id: 'containment',
  severity: 'error',
  scope: 'element',
  visits: '*',
  check(e, ctx, i) {
    const p = ctx.parent[i] ?? -1;
    const parent = ctx.elements[p];
    if (parent && !ALLOWED[(ctx.kinds[p] ?? 0) * KINDS + (ctx.kinds[i] ?? 0)])
      ctx.report(e, misplaced(e, parent));
    if (e.kind === 'amd') checkAmd(ctx, e);
    if (e.kind === 'else' && parent?.kind === 'if') checkElseIsLast(ctx, e, parent);
  },
};

const KINDS = ALL_KINDS.length;
/** `mayContain(parent, child)` for every pair of kind codes, at `parent * KINDS + child`. */
const ALLOWED = new Uint8Array(KINDS * KINDS);
for (let p = 0; p < KINDS; p++)
  for (let c = 0; c < KINDS; c++)
    ALLOWED[p * KINDS + c] = mayContain(ALL_KINDS[p] as ElementKind, ALL_KINDS[c] as ElementKind)
      ? 1
      : 0;

function misplaced(e: ElementNode, parent: ElementNode): string {
  const where = `<${e.tagName}> cannot stand inside <${parent.tagName}>`;
  if (e.kind === 'unknown' || parent.kind === 'unknown') return where;
  const content = TAGS[parent.kind].content;
  if (content === 'text') return `${where}: <${parent.tagName}> holds only text`;
  if (content === 'empty') return `${where}: <${parent.tagName}> must be empty`;
  const parents = TAGS[e.kind].parents;
  if (parents && parents.length > 0)
    return `${where}: move it into ${parents.map((p) => `<${p}>`).join(' or ')}`;
  return `${where}: move it out, e.g. into <live> or <machine>`;
}

function checkAmd(ctx: ValidationContext, amd: ElementNode): void {
  for (const kind of ['live', 'machine'] as const) {
    const count = amd.children.filter((c) => c.type === 'element' && c.kind === kind).length;
    if (count === 1) continue;
    ctx.report(
      amd,
      count === 0
        ? `<${amd.tagName}> has no <${kind}>: add exactly one <${kind}> branch`
        : `<${amd.tagName}> has ${count} <${kind}> branches: keep exactly one`,
    );
  }
}

function checkElseIsLast(ctx: ValidationContext, e: ElementNode, parent: ElementNode): void {
  let last: ElementNode | undefined;
  for (const c of parent.children) if (c.type === 'element') last = c;
  if (last !== e)
    ctx.report(
      e,
      `<${e.tagName}> must be the last child of <${parent.tagName}>: move it to the end`,
    );
}
