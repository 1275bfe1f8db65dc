/**
 * Versions in storage, beside the workspace: checked when read (a damaged entry is dropped and said, a
 * value that is not a versions list at all is set aside), written by `startPersistence` like the rest,
 * so a full storage raises the same "NOT saved" alert.
 */
import type { StudioStore } from '../create-studio-store.ts';
import { isVersion, parseSavedVersions, type VersionsByDocument } from '../versions-model.ts';
import { VERSIONS_KEY } from './keys.ts';
import { isObject, type Checked } from './schema.ts';
import { readStored } from './storage-io.ts';

/** How many stored entries are not versions (they are dropped; the others load). */
function damagedEntries(value: unknown): number {
  const documents = isObject(value) && isObject(value.documents) ? value.documents : {};
  return Object.values(documents).reduce<number>(
    (sum, list) => sum + (Array.isArray(list) ? list.filter((v) => !isVersion(v)).length : 1),
    0,
  );
}

export function checkSavedVersions(value: unknown): Checked<VersionsByDocument> {
  const versions = parseSavedVersions(value);
  if (!versions) return { value: undefined, problems: ['The saved versions could not be read.'] };
  const damaged = damagedEntries(value);
  return {
    value: versions,
    problems:
      damaged === 0
        ? []
        : [
            `${damaged} saved version${damaged === 1 ? ' was' : 's were'} damaged and left out; the others are kept.`,
          ],
  };
}

/** Puts the stored versions into the store (beside any taken before they loaded) and says what was damaged. */
export function loadVersions(store: StudioStore, storage: Storage | undefined): void {
  const read = readStored(storage, VERSIONS_KEY, checkSavedVersions);
  store.getState().hydrateVersions(read.value ?? {});
  store.getState().addPersistenceNotices(read.problems);
  store.getState().keepStartingVersion('Opened');
}
