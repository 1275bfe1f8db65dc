import { useActionHandler } from '../../ui/actions/handlers.ts';

/**
 * While a call is active, keys 0–9, `*` and `#` typed anywhere outside a text field press the keypad
 * (the registry's `test.phone-key`, run by the one keyboard dispatcher, which leaves typing alone).
 */
export function usePhoneKeys(active: boolean, press: (key: string) => void): void {
  useActionHandler(
    'test.phone-key',
    (ctx) => {
      if (ctx.key !== undefined) press(ctx.key);
    },
    active,
  );
}
