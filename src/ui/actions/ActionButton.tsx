import type { ReactNode } from 'react';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { ariaKeyShortcuts, formatShortcut, isMacPlatform } from './key-specs.ts';
import { actionById, isEnabled } from './action-list.ts';

interface ActionButtonProps {
  id: string;
  /** What the button shows, when not the action's label. */
  children?: ReactNode;
  className?: string;
  /** The tooltip, before the shortcut; defaults to the action's label. */
  title?: string;
  hasPopup?: 'dialog';
}

/** A button that runs a registry action: its label, shortcut (tooltip and aria-keyshortcuts), enabled state. */
export function ActionButton({ id, children, className, title, hasPopup }: ActionButtonProps) {
  const store = useStudioStore();
  const action = actionById(id);
  const enabled = useStudio(() => isEnabled(action, { store }));
  const keys = action.shortcuts ?? [];
  const shown = keys[0] === undefined ? '' : ` (${formatShortcut(keys[0], isMacPlatform())})`;
  return (
    <button
      type="button"
      className={className}
      disabled={!enabled}
      aria-haspopup={hasPopup}
      aria-keyshortcuts={keys.length > 0 ? ariaKeyShortcuts(keys) : undefined}
      title={(title ?? action.label) + shown}
      onClick={() => action.perform({ store })}
    >
      {children ?? action.label}
    </button>
  );
}
