import { useEffect } from 'react';
import { isTypingTarget } from '../../ui/typing-target.ts';

const KEY = /^[0-9*#]$/;

/** While a call is active, keys 0–9, `*` and `#` typed anywhere outside a text field press the keypad. */
export function usePhoneKeys(active: boolean, press: (key: string) => void): void {
  useEffect(() => {
    if (!active) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!KEY.test(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
      // typing into a form field or the XML editor must not dial
      if (isTypingTarget(event.target)) return;
      event.preventDefault();
      press(event.key);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [active, press]);
}
