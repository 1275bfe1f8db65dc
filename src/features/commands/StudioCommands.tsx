import { lazy, Suspense, useEffect, useState } from 'react';
import { isTypingTarget } from '../../ui/typing-target.ts';
import './studio-commands.css';

// The dialogs are lazy chunks: only the two buttons are in the start-up bundle.
const NewDialog = lazy(() => import('./NewDialog.tsx').then((m) => ({ default: m.NewDialog })));
const ShortcutsDialog = lazy(() =>
  import('./ShortcutsDialog.tsx').then((m) => ({ default: m.ShortcutsDialog })),
);

type Open = 'new' | 'shortcuts' | undefined;

/** Which dialog a key opens: Ctrl+Alt+N anywhere, `?` where the person is not typing. */
function dialogForKey(event: KeyboardEvent): Open {
  if (event.ctrlKey && event.altKey && event.key.toLowerCase() === 'n') return 'new';
  if (event.key === '?' && !event.ctrlKey && !event.altKey && !isTypingTarget(event.target)) {
    return 'shortcuts';
  }
  return undefined;
}

/** The header's document commands: New (Ctrl+Alt+N) and the keyboard shortcuts overlay (?). */
export function StudioCommands() {
  const [open, setOpen] = useState<Open>(undefined);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const dialog = dialogForKey(event);
      if (!dialog) return;
      event.preventDefault();
      setOpen(dialog);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const close = () => setOpen(undefined);
  return (
    <div role="group" aria-label="Document" className="studio-commands">
      <button type="button" onClick={() => setOpen('new')} aria-keyshortcuts="Control+Alt+N">
        New
      </button>
      <button type="button" onClick={() => setOpen('shortcuts')} aria-keyshortcuts="?">
        Shortcuts
      </button>
      <Suspense fallback={null}>
        {open === 'new' && <NewDialog onClose={close} />}
        {open === 'shortcuts' && <ShortcutsDialog onClose={close} />}
      </Suspense>
    </div>
  );
}
