import type { ContextMenuItem } from '../../ui/ContextMenu.tsx';
import { contextMenuActions, isEnabled } from '../../ui/actions/action-list.ts';
import { ariaKeyShortcuts, formatShortcut, isMacPlatform } from '../../ui/actions/key-specs.ts';
import type { ActionContext, ContextScope } from '../../ui/actions/types.ts';

/**
 * The rows of a context menu: one per registry action that names `scope`, as it reads there (without
 * the ones that need the full studio on a read-only graph).
 */
export function contextMenuItems(
  scope: ContextScope,
  ctx: ActionContext,
  readOnly = false,
): ContextMenuItem[] {
  const mac = isMacPlatform();
  const rows = contextMenuActions(scope).filter(({ action }) => !(readOnly && action.fullStudio));
  return rows.map(({ action, label }) => {
    const keys = action.shortcuts ?? [];
    const shortcut =
      keys[0] !== undefined ? formatShortcut(keys[0], mac) : (action.keysShown ?? [])[0];
    return {
      id: action.id,
      label,
      icon: action.icon,
      shortcut,
      ariaKeys: keys.length > 0 ? ariaKeyShortcuts(keys) : undefined,
      disabled: !isEnabled(action, ctx),
      run: () => action.perform(ctx),
    };
  });
}
