import { isTypingTarget } from '../../ui/typing-target.ts';
import { matchesShortcut, type KeyLike } from '../../ui/actions/key-specs.ts';
import { isEnabled } from '../../ui/actions/action-list.ts';
import type { Action, ActionContext } from '../../ui/actions/types.ts';

/** Whether a key event on `target` is inside an open modal dialog (its keys are the dialog's own). */
function inModal(target: EventTarget | null): boolean {
  if (typeof Element === 'undefined' || !(target instanceof Element)) return false;
  return target.closest('dialog[open], [aria-modal="true"]') !== null;
}

/**
 * The action a key event runs, if any: its shortcut matches, its target fits, it is enabled, and the
 * person is not typing (unless the action runs while typing). A disabled action leaves the key alone.
 */
export function actionForKey(
  actions: readonly Action[],
  event: KeyLike & { target: EventTarget | null },
  ctx: ActionContext,
): Action | undefined {
  if (inModal(event.target)) return undefined;
  const typing = isTypingTarget(event.target);
  return actions.find(
    (action) =>
      (action.shortcuts ?? []).some((spec) => matchesShortcut(spec, event)) &&
      (!typing || action.whileTyping === true) &&
      (action.keyTarget?.(event.target) ?? true) &&
      isEnabled(action, ctx),
  );
}
