/**
 * The one keyboard listener of the studio: a key event on the window (capture phase, so F6, Ctrl+K and
 * the command palette are taken before the XML editor) runs the registry action it matches. Keys inside
 * a widget (tabs, keypad, splitter, dialogs) stay with the widget's own onKeyDown.
 */
import { useEffect } from 'react';
import { useStudioStore } from '../../store/index.ts';
import { actionForKey } from './dispatch.ts';
import { trackRegionFocus } from './regions.ts';
import { ACTIONS } from './registry.ts';

export function KeyboardDispatcher() {
  const store = useStudioStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const ctx = { store, target: event.target, key: event.key };
      const action = actionForKey(ACTIONS, event, ctx);
      if (!action) return;
      event.preventDefault();
      // a typing target (Monaco) must not also act on a key the studio took
      if (action.whileTyping) event.stopPropagation();
      action.perform(ctx);
    };
    window.addEventListener('keydown', onKeyDown, true);
    document.addEventListener('focusin', trackRegionFocus);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      document.removeEventListener('focusin', trackRegionFocus);
    };
  }, [store]);
  return null;
}
