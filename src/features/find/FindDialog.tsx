/**
 * Find (lazy chunk): a modal dialog with a combobox over the document's element names, tags and prompt
 * words (core `findElements`). Arrow keys move through the matches, Enter (or a click) selects one: the
 * XML pane reveals it and the graph centres on it, as for any selection not made in those views.
 * Escape closes; focus goes back where it was.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { findElements, type FindMatch } from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { ComboboxInput, comboboxOptionId } from '../../ui/ComboboxInput.tsx';
import './find.css';

export default function FindDialog({ onClose }: { onClose: () => void }) {
  const store = useStudioStore();
  const doc = useStudio((s) => s.lastGood);
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const matches = useMemo(() => findElements(doc, query), [doc, query]);
  const ids = useId();
  const optionId = (i: number) => comboboxOptionId(`${ids}-list`, i);

  // Safe to run twice (React StrictMode mounts, cleans up and mounts again): the `close` event that the
  // cleanup's close() queues arrives after the dialog is open again, and is not a person closing it.
  useEffect(() => {
    const element = dialog.current;
    const before = document.activeElement;
    if (element && !element.open) element.showModal();
    return () => {
      element?.close();
      if (before instanceof HTMLElement && before.isConnected) before.focus();
    };
  }, []);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (match: FindMatch | undefined) => {
    if (!match) return;
    onClose();
    store.getState().select(match.id, 'find');
  };
  return (
    <dialog
      ref={dialog}
      className="find-dialog"
      aria-label="Find"
      onClose={() => {
        if (!dialog.current?.open) onClose();
      }}
    >
      <label htmlFor={`${ids}-input`}>Find an element by name, tag or prompt words</label>
      <ComboboxInput
        id={`${ids}-input`}
        listId={`${ids}-list`}
        value={query}
        count={matches.length}
        active={active}
        setActive={setActive}
        onQuery={setQuery}
        onChoose={() => choose(matches[active])}
      />
      <ul id={`${ids}-list`} role="listbox" aria-label="Matches" className="find-list">
        {matches.map((m, i) => (
          <li
            key={m.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            onClick={() => choose(m)}
            onMouseMove={() => setActive(i)}
          >
            <span className="find-name">{m.name ?? `<${m.tag}>`}</span>
            <span className="find-tag">
              {m.name ? `<${m.tag}> ` : ''}line {m.line}
            </span>
            {m.excerpt && <span className="find-excerpt">{m.excerpt}</span>}
          </li>
        ))}
      </ul>
      <p role="status" className="find-count">
        {query.trim() === ''
          ? 'Type to search.'
          : `${matches.length} match${matches.length === 1 ? '' : 'es'}`}
      </p>
    </dialog>
  );
}
