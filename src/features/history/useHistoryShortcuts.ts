import { useEffect } from 'react';
import { useStudioStore } from '../../store/index.ts';
import { isTypingTarget } from '../../ui/typing-target.ts';

/**
 * Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere in the studio (the graph, the palette…) undo and redo the one
 * document history. The XML pane routes its own keys to the same history.
 */
export function useHistoryShortcuts(): void {
  const store = useStudioStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTypingTarget(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (key !== 'z' && !redo) return;
      event.preventDefault();
      if (redo) store.getState().redo();
      else store.getState().undo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
