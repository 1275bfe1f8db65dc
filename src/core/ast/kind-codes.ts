/**
 * Element kinds as small integers (their index in `ALL_KINDS`), recorded by the parser per element
 * (see element-index.ts): the validator then picks the rules of a kind, or looks up what may contain
 * what, by array index instead of a string-keyed map per element.
 */
import { TAG_KINDS, type ElementKind } from './types.ts';

/** Every kind, `unknown` last: a kind's code is its index here. */
export const ALL_KINDS: readonly ElementKind[] = [...TAG_KINDS, 'unknown'];

const CODES = new Map<ElementKind, number>(ALL_KINDS.map((kind, code) => [kind, code]));

/** The code of a kind. */
export function kindCode(kind: ElementKind): number {
  return CODES.get(kind) ?? ALL_KINDS.length - 1;
}
