/**
 * The header's Find button; its shortcut, Ctrl+K (⌘K), is the registry's `navigate.find`, taken from
 * anywhere, the XML editor included. The dialog itself is a lazy chunk.
 */
import { lazy, Suspense } from 'react';
import { ActionButton } from '../../ui/actions/ActionButton.tsx';
import { closeDialog, useOpenDialog } from '../../ui/actions/dialogs.ts';

const FindDialog = lazy(() => import('./FindDialog.tsx'));

export function FindButton() {
  const open = useOpenDialog() === 'find';
  return (
    <>
      <ActionButton
        id="navigate.find"
        className="find-button"
        hasPopup="dialog"
        title="Find an element by name, tag or prompt words"
      >
        Find
      </ActionButton>
      {open && (
        <Suspense fallback={null}>
          <FindDialog onClose={closeDialog} />
        </Suspense>
      )}
    </>
  );
}
