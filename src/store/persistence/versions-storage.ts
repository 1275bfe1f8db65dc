/**
 * Versions as an older studio kept them in localStorage, beside the workspace: checked when read (a
 * damaged entry is dropped and said, a value that is not a versions list at all is set aside), then
 * moved into IndexedDB by versions-sync.ts.
 */
import { isVersion, parseSavedVersions, type VersionsByDocument } from '../versions-model.ts';
import { isObject, type Checked } from './schema.ts';

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
