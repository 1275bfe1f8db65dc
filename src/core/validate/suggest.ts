import { elementName } from '../ast/query.ts';
import { nearestName } from './nearest.ts';
import type { ValidationContext } from './types.ts';

/**
 * ` (did you mean Machine?)` when an element has a name close to the unknown `name` (a typo, other
 * case), else ''. The names are only gathered when a target is unknown, which is rare.
 */
export function didYouMean(ctx: ValidationContext, name: string): string {
  const names = new Set<string>();
  for (const e of ctx.elements) {
    const n = elementName(e);
    if (n) names.add(n);
  }
  const near = nearestName(name, names);
  return near === undefined ? '' : ` (did you mean ${near}?)`;
}
