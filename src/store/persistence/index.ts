/** The studio's storage: keys, checks, loading and saving (see start-persistence.ts). */
export {
  AUTOSAVE_KEY,
  SET_ASIDE_PREFIX,
  TEST_CALLS_PREFIX,
  WORKSPACE_KEY,
} from './storage-keys.ts';
export { hydrateStudio, loadStudio } from './load-studio.ts';
export { startPersistence } from './start-persistence.ts';
export type { PersistenceSlice, PersistenceStatus } from './persistence-slice.ts';
