/**
 * The graph's context menus (issue 28 item 1): on a card and on the empty canvas, opened by a
 * right-click, or by Shift+F10 / the ContextMenu key on the focused card (the registry action
 * `design.context-menu`). Their rows are the registry's actions that name that menu
 * (`contextMenu` in src/app/actions/registry.ts): the same objects as the command palette and the
 * header, with their shortcut and enabled state. An action on a card acts on that card.
 */
import { ContextMenu } from '../../ui/ContextMenu.tsx';
import type { ActionContext, ContextScope } from '../../ui/actions/types.ts';
import { contextMenuItems } from './context-menu-items.ts';
import { useStudioStore } from '../../store/index.ts';

export interface GraphMenuAt {
  scope: ContextScope;
  x: number;
  y: number;
  /** The card it was opened on (the actions' target), or nothing on the canvas. */
  card?: HTMLElement;
  /** Where focus goes back when it closes. */
  returnTo: HTMLElement | null;
}

export function GraphContextMenu({
  at,
  readOnly,
  onClose,
}: {
  at: GraphMenuAt;
  readOnly: boolean;
  onClose: () => void;
}) {
  const store = useStudioStore();
  const ctx: ActionContext = { store, target: at.card ?? null };
  const items = contextMenuItems(at.scope, ctx, readOnly);
  const name =
    at.card?.querySelector('[role="group"]')?.getAttribute('aria-label') ?? at.card?.dataset.id;
  return (
    <ContextMenu
      label={at.scope === 'card' ? `Actions for ${name ?? 'this card'}` : 'Graph actions'}
      items={items}
      at={at}
      onClose={(refocus) => {
        onClose();
        if (refocus && at.returnTo?.isConnected) at.returnTo.focus();
      }}
    />
  );
}
