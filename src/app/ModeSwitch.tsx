import { useRef, type KeyboardEvent } from 'react';
import { STUDIO_MODES, useStudio, type StudioMode } from '../store/index.ts';

const TITLES: Readonly<Record<StudioMode, string>> = {
  Design: 'Design: the graph, the palette and the Inspector',
  Test: 'Test: call the dialplan on a simulated phone; the call follows on the graph',
  Send: 'Send: export the XML, the broadcast settings, the API calls or a share link',
  Results: 'Results: the answers of real calls, charts, funnel and cross-tab',
  Versions: 'Versions: saved versions and what changed between them',
};

/**
 * The header's mode switch: one button per job (Design, Test, Send, Results, Versions), the open one
 * pressed. One Tab stop: ← / → open the previous or next mode and the focus follows. Each mode gives the
 * main area to its panel; exported for the phone shell too.
 */
export function ModeSwitch({ className = '' }: { className?: string }) {
  const mode = useStudio((s) => s.mode);
  const setMode = useStudio((s) => s.setMode);
  const root = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = STUDIO_MODES.indexOf(mode);
    const next = STUDIO_MODES[(index + step + STUDIO_MODES.length) % STUDIO_MODES.length]!;
    setMode(next);
    root.current?.querySelector<HTMLElement>(`[data-mode="${next}"]`)?.focus();
  };
  return (
    <div
      ref={root}
      role="group"
      aria-label="Mode"
      className={`mode-switch ${className}`.trim()}
      onKeyDown={onKeyDown}
    >
      {STUDIO_MODES.map((m) => (
        <button
          key={m}
          type="button"
          data-mode={m}
          aria-pressed={mode === m}
          tabIndex={mode === m ? 0 : -1}
          title={TITLES[m]}
          onClick={() => setMode(m)}
        >
          {m}
        </button>
      ))}
    </div>
  );
}
