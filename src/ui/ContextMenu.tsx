/**
 * A context menu after the WAI-ARIA APG menu pattern: `role="menu"` of `menuitem`s, the first enabled
 * item focused on open, ↑/↓ (wrapping), Home/End and type-ahead move between items, Enter or Space runs
 * one, Escape (and Tab) close it and give focus back to where it was opened; a click outside closes it.
 * A disabled item stays focusable (`aria-disabled`) so the person learns it is there. Drawn fixed at the
 * pointer (or under the focused element) and moved back inside the viewport once measured.
 */
import {
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import './context-menu.css';

export interface ContextMenuItem {
  id: string;
  label: string;
  /** The shortcut as shown (already formatted), at the right of the row. */
  shortcut?: string;
  /** `aria-keyshortcuts` of the row. */
  ariaKeys?: string;
  icon?: ReactNode;
  disabled?: boolean;
  run: () => void;
}

export interface ContextMenuProps {
  /** The menu's accessible name, e.g. "Actions for menu Question". */
  label: string;
  items: readonly ContextMenuItem[];
  /** Where it opens, in viewport pixels (its top-left corner, moved in if it would overflow). */
  at: { x: number; y: number };
  /**
   * Closes it. `refocus`: give focus back to where it was opened (Escape, Tab, after an item that
   * leaves focus alone); false when a click outside put the focus elsewhere.
   */
  onClose: (refocus: boolean) => void;
}

/** Space kept between the menu and the viewport's edge. */
const MARGIN = 8;

/** The menu's top-left, moved so that a `size` box stays inside a viewport of `view` (with a margin). */
export function clampToViewport(
  at: { x: number; y: number },
  size: { width: number; height: number },
  view: { width: number; height: number },
): { x: number; y: number } {
  const fit = (p: number, extent: number, room: number) =>
    Math.max(MARGIN, Math.min(p, room - extent - MARGIN));
  return { x: fit(at.x, size.width, view.width), y: fit(at.y, size.height, view.height) };
}

export function ContextMenu({ label, items, at, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ x: number; y: number } | undefined>(undefined);
  const [active, setActive] = useState(() =>
    Math.max(
      0,
      items.findIndex((i) => !i.disabled),
    ),
  );
  const typed = useRef({ text: '', at: 0 });

  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    setPlace(
      clampToViewport(at, box, {
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
      }),
    );
  }, [at]);

  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active, place]);

  // A press anywhere else closes it (that press goes on to what it was on).
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) close.current(false);
    };
    const onBlurWindow = () => close.current(false);
    document.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('blur', onBlurWindow);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('blur', onBlurWindow);
    };
  }, []);

  const run = (item: ContextMenuItem | undefined) => {
    if (!item || item.disabled) return;
    onClose(true);
    item.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // keys in the menu are the menu's own (not the canvas's Delete, not the card's arrows)
    event.stopPropagation();
    const last = items.length - 1;
    const move = (to: number) => {
      event.preventDefault();
      setActive(to);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(active >= last ? 0 : active + 1);
      case 'ArrowUp':
        return move(active <= 0 ? last : active - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(last);
      case 'Enter':
      case ' ':
        event.preventDefault();
        return run(items[active]);
      case 'Escape':
        event.preventDefault();
        return onClose(true);
      case 'Tab':
        event.preventDefault();
        return onClose(true);
    }
    if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      // type-ahead: the next item whose label starts with what was typed in the last half second
      const now = performance.now();
      const text = (now - typed.current.at < 500 ? typed.current.text : '') + event.key;
      typed.current = { text: text.toLowerCase(), at: now };
      const order = items.map((_, k) => (active + (text.length === 1 ? 1 : 0) + k) % items.length);
      const found = order.find((k) => items[k]!.label.toLowerCase().startsWith(typed.current.text));
      if (found !== undefined) move(found);
    }
  };

  return createPortal(
    <div
      ref={menu}
      role="menu"
      aria-label={label}
      className="context-menu"
      style={{
        left: (place ?? at).x,
        top: (place ?? at).y,
        visibility: place ? 'visible' : 'hidden',
      }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item, k) => (
        <div
          key={item.id}
          role="menuitem"
          tabIndex={k === active ? 0 : -1}
          aria-disabled={item.disabled ? true : undefined}
          aria-keyshortcuts={item.ariaKeys}
          className="context-menu-item"
          data-action={item.id}
          onClick={() => run(item)}
          onPointerMove={() => k !== active && setActive(k)}
        >
          <span className="context-menu-icon" aria-hidden="true">
            {item.icon}
          </span>
          <span className="context-menu-label">{item.label}</span>
          {item.shortcut && (
            <kbd className="context-menu-keys" aria-hidden="true">
              {item.shortcut}
            </kbd>
          )}
        </div>
      ))}
    </div>,
    document.body,
  );
}
