/**
 * Versions in the browser's localStorage, beside the workspace, behind a schema check
 * (store/versions-model.ts): a damaged or foreign value is ignored, never thrown, and a full storage is
 * reported rather than crashing the studio. One small module so that it can join a single persistence
 * module later.
 */
import {
  parseSavedVersions,
  savedVersions,
  type VersionsByDocument,
} from '../../store/versions-model.ts';

export const VERSIONS_STORAGE_KEY = 'dialplan-studio:versions';

export function loadVersions(storage: Storage): VersionsByDocument | undefined {
  try {
    return parseSavedVersions(JSON.parse(storage.getItem(VERSIONS_STORAGE_KEY) ?? 'null'));
  } catch {
    return undefined;
  }
}

/** Returns false when the browser refused (storage full or disabled). */
export function saveVersions(storage: Storage, byDocument: VersionsByDocument): boolean {
  try {
    storage.setItem(VERSIONS_STORAGE_KEY, JSON.stringify(savedVersions(byDocument)));
    return true;
  } catch {
    return false;
  }
}
