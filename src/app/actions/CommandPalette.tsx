/**
 * The command palette (lazy chunk): a modal with a combobox over every registry action (fuzzy search
 * over labels, each row with its shortcut, disabled ones shown disabled) and, below them, the document's
 * elements as Find finds them (core `findElements`). Arrow keys move, Enter (or a click) runs the action
 * or selects the element; Escape closes and focus goes back.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { findElements } from '../../core/index.ts';
import { useStudio, useStudioStore } from '../../store/index.ts';
import { ComboboxInput, comboboxOptionId } from '../../ui/ComboboxInput.tsx';
import { Modal } from '../../ui/Modal.tsx';
import { rankByLabel } from '../../ui/actions/fuzzy.ts';
import { formatShortcut, isMacPlatform } from '../../ui/actions/key-specs.ts';
import { isEnabled } from '../../ui/actions/action-list.ts';
import { ACTIONS } from './registry.ts';
import type { Action } from '../../ui/actions/types.ts';
import './command-palette.css';

type Row =
  | { kind: 'action'; action: Action; enabled: boolean }
  | { kind: 'element'; id: string; name: string; detail: string };

const ELEMENT_LIMIT = 20;

export function CommandPalette({ onClose }: { onClose: () => void }) {
  const store = useStudioStore();
  const doc = useStudio((s) => s.lastGood);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ids = useId();
  const optionId = (i: number) => comboboxOptionId(`${ids}-list`, i);
  const mac = isMacPlatform();

  const rows = useMemo<Row[]>(() => {
    const actions = rankByLabel(
      ACTIONS.filter((a) => a.visible !== false),
      query,
      (a) => a.label,
    ).map((action): Row => ({ kind: 'action', action, enabled: isEnabled(action, { store }) }));
    const elements = findElements(doc, query, ELEMENT_LIMIT).map((m): Row => ({
      kind: 'element',
      id: m.id,
      name: m.name ?? `<${m.tag}>`,
      detail: `${m.name ? `<${m.tag}> ` : ''}line ${m.line}`,
    }));
    return [...actions, ...elements];
  }, [doc, query, store]);

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (row: Row | undefined) => {
    if (!row || (row.kind === 'action' && !row.enabled)) return;
    onClose();
    if (row.kind === 'element') store.getState().select(row.id, 'find');
    // after the dialog is gone, so an action that moves focus or opens a dialog keeps it
    else requestAnimationFrame(() => row.action.perform({ store }));
  };
  return (
    <Modal title="Command palette" onClose={onClose} className="command-palette">
      <label htmlFor={`${ids}-input`}>Run an action, or find an element by name</label>
      <ComboboxInput
        id={`${ids}-input`}
        listId={`${ids}-list`}
        value={query}
        count={rows.length}
        active={active}
        setActive={setActive}
        onQuery={setQuery}
        onChoose={() => choose(rows[active])}
      />
      <ul
        id={`${ids}-list`}
        role="listbox"
        aria-label="Actions and elements"
        className="palette-list"
      >
        {rows.map((row, i) => (
          <li
            key={row.kind === 'action' ? row.action.id : `element:${row.id}`}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            aria-disabled={row.kind === 'action' && !row.enabled ? true : undefined}
            onClick={() => choose(row)}
            onMouseMove={() => setActive(i)}
          >
            {row.kind === 'action' ? (
              <>
                <span className="palette-row-label">
                  <span aria-hidden="true" className="palette-row-icon">
                    {row.action.icon ?? ''}
                  </span>
                  {row.action.label}
                </span>
                <span className="palette-row-meta">
                  {row.action.group}
                  {(row.action.shortcuts ?? []).map((s) => (
                    <kbd key={s}>{formatShortcut(s, mac)}</kbd>
                  ))}
                </span>
              </>
            ) : (
              <>
                <span className="palette-row-label">{row.name}</span>
                <span className="palette-row-meta">Element {row.detail}</span>
              </>
            )}
          </li>
        ))}
      </ul>
      <p role="status" className="palette-count">
        {`${rows.length} result${rows.length === 1 ? '' : 's'}`}
      </p>
    </Modal>
  );
}
