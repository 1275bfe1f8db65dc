import { useEffect, useId, useRef, useState } from 'react';
import { Documents } from './Documents.tsx';
import { setDocumentsMenuOpen, useDocumentsMenu } from './menu-requests.ts';
import './documents-menu.css';

const MODAL = 'dialog, [aria-modal="true"]';

/**
 * The header's documents menu: New, Open, Duplicate, Rename, Delete (the stored list), Open file, Paste,
 * Copy share link, and the examples. A disclosure, not a modal: it closes on Escape, on a click outside or
 * on the button. Once opened it stays mounted while hidden, so an import message or a dialog it opened
 * survives. A registry action (Rename, Paste… from the command palette or a key) opens it too.
 */
export function DocumentsMenu() {
  const { open } = useDocumentsMenu();
  const [mounted, setMounted] = useState(false);
  if (open && !mounted) setMounted(true);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Element | null;
      // a dialog the menu opened (Paste) is a portal outside the panel: a click there is inside
      if (!target || root.current?.contains(target) || target.closest(MODAL)) return;
      setDocumentsMenuOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);
  return (
    <div
      className="documents-menu"
      ref={root}
      onKeyDown={(event) => {
        // Escape in a dialog the menu opened bubbles here through React's tree: that closes the dialog
        if (event.key !== 'Escape' || !open || (event.target as Element).closest(MODAL)) return;
        setDocumentsMenuOpen(false);
        button.current?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="documents-menu-button"
        aria-expanded={open}
        aria-controls={id}
        title="New, open, duplicate, rename or delete a dialplan; examples; share link"
        onClick={() => setDocumentsMenuOpen(!open)}
      >
        Documents <span aria-hidden="true">▾</span>
      </button>
      {mounted && (
        <div id={id} className="documents-menu-panel" hidden={!open}>
          <Documents />
        </div>
      )}
    </div>
  );
}
