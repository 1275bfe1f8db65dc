import { lazy, Suspense } from 'react';
import { ActionButton } from '../../ui/actions/ActionButton.tsx';
import { closeDialog, useOpenDialog } from '../../ui/actions/dialogs.ts';
import './studio-commands.css';

// The dialogs are lazy chunks: only the two buttons are in the start-up bundle.
const NewDialog = lazy(() => import('./NewDialog.tsx').then((m) => ({ default: m.NewDialog })));
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog.tsx').then((m) => ({ default: m.ShortcutsDialog })),
);

/** The header's document commands: New (Ctrl+Alt+N) and the keyboard shortcuts overlay (?). */
export function StudioCommands() {
  const open = useOpenDialog();
  return (
    <div role="group" aria-label="Document" className="studio-commands">
      <ActionButton id="document.new" hasPopup="dialog">
        New
      </ActionButton>
      <ActionButton id="help.shortcuts" hasPopup="dialog">
        Shortcuts
      </ActionButton>
      <Suspense fallback={null}>
        {open === 'new' && <NewDialog onClose={closeDialog} />}
        {open === 'shortcuts' && <ShortcutsDialog onClose={closeDialog} />}
      </Suspense>
    </div>
  );
}
