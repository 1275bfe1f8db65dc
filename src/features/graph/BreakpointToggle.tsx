/**
 * A card's breakpoint for the simulator's debugger: a red dot when set; on the selected card a button
 * that toggles it (F9 does the same, features/simulator/DebuggerPanel.tsx) and one that starts a
 * debugged call here.
 */
import { useDebugStore } from '../simulator/index.ts';
import './breakpoint.css';

export function BreakpointToggle({
  elementId,
  selected,
}: {
  elementId: string;
  selected: boolean;
}) {
  const on = useDebugStore((s) => s.breakpoints.has(elementId));
  const toggle = useDebugStore((s) => s.toggleBreakpoint);
  const setStart = useDebugStore((s) => s.setStart);
  if (!selected) {
    return on ? (
      <span className="dp-breakpoint-dot" title="Breakpoint" data-testid="breakpoint">
        <span className="dp-sr">breakpoint</span>
      </span>
    ) : null;
  }
  return (
    <span className="dp-debug-tools">
      <button
        type="button"
        className={`dp-breakpoint nodrag${on ? ' dp-breakpoint-on' : ''}`}
        aria-pressed={on}
        title="Breakpoint (F9)"
        onClick={(event) => {
          event.stopPropagation();
          toggle(elementId);
        }}
      >
        ● Breakpoint
      </button>
      <button
        type="button"
        className="dp-breakpoint nodrag"
        onClick={(event) => {
          event.stopPropagation();
          setStart(elementId);
        }}
      >
        Start here
      </button>
    </span>
  );
}
