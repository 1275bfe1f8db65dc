/**
 * The workspace in the browser's localStorage. A damaged or foreign value is ignored (never thrown),
 * and a full storage is reported rather than crashing the studio.
 */
import type { SavedWorkspace } from '../../store/workspace-slice.ts';

export const WORKSPACE_STORAGE_KEY = 'dialplan-studio:workspace';

function isSavedWorkspace(value: unknown): value is SavedWorkspace {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SavedWorkspace>;
  return (
    v.version === 1 &&
    typeof v.activeId === 'string' &&
    Array.isArray(v.documents) &&
    v.documents.length > 0 &&
    v.documents.every(
      (d) => typeof d?.id === 'string' && typeof d.name === 'string' && typeof d.text === 'string',
    )
  );
}

export function loadWorkspace(storage: Storage): SavedWorkspace | undefined {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(WORKSPACE_STORAGE_KEY) ?? 'null');
    return isSavedWorkspace(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when the browser refused (storage full or disabled). */
export function saveWorkspace(storage: Storage, workspace: SavedWorkspace): boolean {
  try {
    storage.setItem(WORKSPACE_STORAGE_KEY, JSON.stringify(workspace));
    return true;
  } catch {
    return false;
  }
}
