import type { KeyboardEvent } from 'react';

interface ComboboxInputProps {
  id: string;
  /** The id of the listbox it controls; its options are `${listId}-option-${i}`. */
  listId: string;
  value: string;
  /** How many options the listbox shows now. */
  count: number;
  active: number;
  setActive: (update: (active: number) => number) => void;
  onQuery: (query: string) => void;
  /** Enter: choose the active option. */
  onChoose: () => void;
}

/** The option id a ComboboxInput points at, for the list's `<li id>`. */
export const comboboxOptionId = (listId: string, index: number) => `${listId}-option-${index}`;

/**
 * The text box of a WAI-ARIA combobox with a listbox popup (Find, the command palette): typing filters,
 * ↑/↓ move the active option (wrapping), Enter chooses it; focus stays in the box.
 */
export function ComboboxInput(props: ComboboxInputProps) {
  const { id, listId, value, count, active, setActive, onQuery, onChoose } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined && count > 0) {
      event.preventDefault();
      setActive((a) => (a + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      onChoose();
    }
  };
  const expanded = count > 0;
  return (
    <input
      id={id}
      role="combobox"
      aria-expanded={expanded}
      aria-controls={listId}
      aria-autocomplete="list"
      aria-activedescendant={expanded ? comboboxOptionId(listId, active) : undefined}
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(e) => {
        onQuery(e.target.value);
        setActive(() => 0);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
