import { useEffect } from 'react';

const KEY = /^[0-9*#]$/;

/** Typing into a form field or the editor must not dial. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** While a call is active, keys 0–9, `*` and `#` typed anywhere outside a text field press the keypad. */
export function usePhoneKeys(active: boolean, press: (key: string) => void): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!KEY.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditable(event.target)) return;
      event.preventDefault();
      press(event.key);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, press]);
}
