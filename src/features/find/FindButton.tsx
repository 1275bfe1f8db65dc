/**
 * The header's Find button and its shortcut, Ctrl+K (⌘K), from anywhere in the studio, the XML editor
 * included (taken before Monaco, whose Ctrl+K chords it gives up). The dialog itself is a lazy chunk.
 */
import { lazy, Suspense, useEffect, useState } from 'react';

const FindDialog = lazy(() => import('./FindDialog.tsx'));

export function FindButton() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'k' || !(event.ctrlKey || event.metaKey)) return;
      if (event.altKey || event.shiftKey) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <>
      <button
        type="button"
        className="find-button"
        aria-keyshortcuts="Control+K"
        aria-haspopup="dialog"
        title="Find an element by name, tag or prompt words (Ctrl+K)"
        onClick={() => setOpen(true)}
      >
        Find
      </button>
      {open && (
        <Suspense fallback={null}>
          <FindDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
