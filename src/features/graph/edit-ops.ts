/**
 * Lazy access to the edit operations. The module starts loading as soon as this file is imported (after
 * the first paint it is normally there before a person's first gesture); a gesture that comes earlier
 * waits for it. Keeps ~5 KB gzipped of editing code out of the start-up bundle.
 */
export type EditOps = typeof import('./edit-ops-impl.ts');

let loaded: EditOps | undefined;
let loading: Promise<EditOps> | undefined;

export function loadEditOps(): Promise<EditOps> {
  loading ??= import('./edit-ops-impl.ts').then((ops) => (loaded = ops));
  return loading;
}

/** The edit operations when already loaded (a dragover cannot wait for them). */
export function loadedEditOps(): EditOps | undefined {
  return loaded;
}

/** Runs `use` with the edit operations: at once when loaded, else as soon as they are. */
export function withEditOps(use: (ops: EditOps) => void): void {
  if (loaded) use(loaded);
  else void loadEditOps().then(use);
}
