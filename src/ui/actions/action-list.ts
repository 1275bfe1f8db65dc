/**
 * The registered actions, looked up by id. The app registers its list once (`src/app/actions/registry.ts`,
 * at import); buttons in features find their action here without importing the app.
 */
import type { Action, ActionContext } from './types.ts';

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
