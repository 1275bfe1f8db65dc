/**
 * The validator is a lazy chunk: validation runs after the graph has been painted anyway, so it need
 * not be in the start-up bundle. The first store starts loading it at once.
 */
import type { diagnose } from './diagnose.ts';

export type Diagnose = typeof diagnose;

let loaded: Diagnose | undefined;
let loading: Promise<Diagnose> | undefined;

/** Loads the validator (once) and resolves with it. */
export function loadDiagnose(): Promise<Diagnose> {
  loading ??= import('./diagnose.ts').then((m) => (loaded = m.diagnose));
  return loading;
}

/** The validator if it has been loaded, else undefined (then call `loadDiagnose`). */
export function loadedDiagnose(): Diagnose | undefined {
  return loaded;
}
