/**
 * The registered actions, looked up by id. The app registers its list once (`src/app/actions/registry.ts`,
 * at import); buttons in features find their action here without importing the app.
 */
import type { Action, ActionContext, ContextScope } from './types.ts';

let registered: readonly Action[] = [];

export function registerActions(actions: readonly Action[]): void {
  registered = actions;
}

export function allActions(): readonly Action[] {
  return registered;
}

export function actionById(id: string): Action {
  const action = registered.find((a) => a.id === id);
  if (!action) throw new Error(`No action "${id}" is registered`);
  return action;
}

export function isEnabled(action: Action, ctx: ActionContext): boolean {
  return action.enabled?.(ctx) ?? true;
}

/** The actions a context menu lists, in registry order, with the wording they have there. */
export function contextMenuActions(scope: ContextScope): { action: Action; label: string }[] {
  return registered.flatMap((action) => {
    const label = action.contextMenu?.[scope];
    if (label === undefined) return [];
    return [{ action, label: label === true ? action.label : label }];
  });
}
