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

/** Positions and selection saved apart from their text (`AUTOSAVE_PLACES_KEY`). */
export interface SavedPlaces {
  /** `textFingerprint` of the autosaved text they belong to. */
  text: string;
  documentId?: string;
  positions: Record<string, XY>;
  selectedId?: string;
}

export function checkPlaces(value: unknown): Checked<SavedPlaces> {
  const positions = isObject(value) ? checkPositions(value.positions) : undefined;
  if (!isObject(value) || typeof value.text !== 'string' || !positions)
    return { value: undefined, problems: ['The saved node positions could not be read.'] };
  return {
    value: {
      text: value.text,
      positions,
      ...(typeof value.documentId === 'string' ? { documentId: value.documentId } : {}),
      ...(typeof value.selectedId === 'string' ? { selectedId: value.selectedId } : {}),
    },
    problems: [],
  };
}

/**
 * The last text printed: start-up prints the autosaved text, and every positions-only save prints the
 * same text again (a 1 MB text took 15–85 ms to print on the 2-core dev machine; issue 11 item 6).
 */
let lastPrinted: { text: string; print: string } | undefined;

/** A short stand-in for a text: its length and a 32-bit FNV-1a hash of its UTF-16 code units. */
export function textFingerprint(text: string): string {
  if (lastPrinted?.text === text) return lastPrinted.print;
  const print = fnv1a(text);
  lastPrinted = { text, print };
  return print;
}

function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${text.length}:${(hash >>> 0).toString(36)}`;
}

/** The autosave with the positions and selection saved apart, when they belong to its text. */
export function withPlaces(autosave: SavedStudio, places: SavedPlaces | undefined): SavedStudio {
  if (!places || places.text !== textFingerprint(autosave.text)) return autosave;
  // an autosave from before documents were kept in step names none: the positions' is its document
  if (autosave.documentId !== undefined && places.documentId !== autosave.documentId)
    return autosave;
  const { selectedId: _old, ...rest } = autosave;
  const documentId = autosave.documentId ?? places.documentId;
  return {
    ...rest,
    ...(documentId !== undefined ? { documentId } : {}),
    positions: places.positions,
    ...(places.selectedId !== undefined ? { selectedId: places.selectedId } : {}),
  };
}
