/**
 * The header's "Command palette" button (Ctrl+Shift+P, ⌘⇧P); it also draws the palette when an action
 * opens it. The palette is a lazy chunk.
 */
import { lazy, Suspense } from 'react';
import { ActionButton } from '../../ui/actions/ActionButton.tsx';
import { closeDialog, useOpenDialog } from '../../ui/actions/dialogs.ts';

const CommandPalette = lazy(() =>
  import('./CommandPalette.tsx').then((m) => ({ default: m.CommandPalette })),
);

export function CommandPaletteButton() {
  const open = useOpenDialog() === 'commands';
  return (
    <>
      <ActionButton id="navigate.commands" hasPopup="dialog" />
      {open && (
        <Suspense fallback={null}>
          <CommandPalette onClose={closeDialog} />
        </Suspense>
      )}
    </>
  );
}
