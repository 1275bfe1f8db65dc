/**
 * Checks of stored values (pure: no storage, testable in Node). Each check returns what can be kept
 * and a sentence per part that could not: a damaged part is dropped or reset, the rest loads. This file
 * holds what start-up needs (the open document's autosave); the documents list and test calls are
 * checked in workspace-schema.ts, loaded with the lazy workspace chunk.
 */
import type { XY } from '../../core/index.ts';

export interface Checked<T> {
  /** Undefined when nothing could be kept. */
  value: T | undefined;
  problems: string[];
}

/** The autosave of the open document. */
export interface SavedStudio {
  text: string;
  positions: Record<string, XY>;
  selectedId?: string;
  /** The workspace document this text belongs to (absent in saves made before tabs were kept in step). */
  documentId?: string;
}

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const isStringList = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string');

export function checkPositions(value: unknown): Record<string, XY> | undefined {
  if (value === undefined) return {};
  if (!isObject(value)) return undefined;
  const valid = Object.values(value).every((p) => isObject(p) && isNumber(p.x) && isNumber(p.y));
  return valid ? (value as Record<string, XY>) : undefined;
}

export function checkAutosave(value: unknown): Checked<SavedStudio> {
  if (!isObject(value) || typeof value.text !== 'string')
    return { value: undefined, problems: ['The autosaved text could not be read.'] };
  const positions = checkPositions(value.positions);
  const problems = positions
    ? []
    : ['The saved node positions could not be read; the graph is laid out afresh.'];
  return {
    value: {
      text: value.text,
      positions: positions ?? {},
      ...(typeof value.selectedId === 'string' ? { selectedId: value.selectedId } : {}),
      ...(typeof value.documentId === 'string' ? { documentId: value.documentId } : {}),
    },
    problems,
  };
}
