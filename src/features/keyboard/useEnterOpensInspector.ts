import { useEffect } from 'react';
import { useStudioStore } from '../../store/index.ts';

/** How long to wait for the Inspector (a lazy chunk on first use) to show the element. */
const FOCUS_WAIT_MS = 3000;

/** Moves focus into the Inspector once it shows `elementId` (polled per frame: it may still be loading). */
export function focusInspectorOf(elementId: string): void {
  const until = performance.now() + FOCUS_WAIT_MS;
  const attempt = () => {
    const section = [...document.querySelectorAll<HTMLElement>('[data-inspector-of]')].find(
      (e) => e.dataset.inspectorOf === elementId,
    );
    if (section) section.focus();
    else if (performance.now() < until) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

/**
 * Enter on a focused graph node opens it in the Inspector: selects it, shows the Inspector tab and moves
 * focus there (Tab then reaches its fields; Shift+Tab… comes back through the panes).
 */
export function useEnterOpensInspector(): void {
  const store = useStudioStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.target instanceof HTMLElement)) return;
      const node = event.target.closest<HTMLElement>('.graph-canvas .react-flow__node');
      if (!node || node !== event.target) return;
      const id = node.dataset.id;
      if (id === undefined) return;
      event.preventDefault();
      store.getState().select(id, 'graph');
      store.getState().setSidePanelTab('Inspector');
      focusInspectorOf(id);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
