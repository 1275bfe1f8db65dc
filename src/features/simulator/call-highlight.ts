/**
 * Where a call is, for the graph and the XML pane: the element it is on, the path it took, and the
 * step just taken. Derived from the driver's snapshot, so the views follow without knowing the engine.
 */
import type { Highlight } from '../../store/highlight-slice.ts';
import type { CallSnapshot } from './call-driver.ts';

export function activeElementId(call: CallSnapshot): string | undefined {
  if (call.paused) return call.paused.elementId;
  const waiting = call.state.waiting;
  switch (waiting.type) {
    case 'input':
      return waiting.menuPath;
    case 'prompt':
      return waiting.path;
    case 'ended':
      return waiting.end.path || call.events.at(-1)?.path;
    case 'busy':
      return call.state.resume.type === 'run' ? call.state.resume.id : undefined;
  }
}

export function highlightOf(call: CallSnapshot, previous: Highlight | undefined): Highlight {
  const activeId = activeElementId(call);
  const visitedIds = call.events.map((e) => e.path).filter((p) => p !== '');
  const from = previous?.activeId;
  const lastEdge =
    from && activeId && from !== activeId ? { from, to: activeId } : previous?.lastEdge;
  return { activeId, visitedIds, lastEdge };
}
