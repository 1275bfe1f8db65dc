import { useEffect, useId, useLayoutEffect, useState, type CSSProperties } from 'react';
import { useStudio } from '../store/index.ts';

interface GuideStep {
  title: string;
  text: string;
  /** The control the card points at (a CSS selector), or the Graph region. */
  anchor: string;
}

export const GUIDE_STEPS: readonly GuideStep[] = [
  {
    title: 'Your call flow',
    text: 'This is the political poll, drawn as a graph: each card is one step of the call. Drag the background to pan, scroll to zoom.',
    anchor: 'section[aria-label="Graph"]',
  },
  {
    title: 'Edit a question',
    text: 'Click a card to edit its prompt and answers in the Inspector; the XML beside it follows.',
    anchor: 'section[aria-label="Graph"] .react-flow__node',
  },
  {
    title: 'Test it',
    text: 'Test calls your poll on a simulated phone; the call lights up on the graph as it goes.',
    anchor: '.mode-switch [data-mode="Test"]',
  },
  {
    title: 'Send it',
    text: 'Send exports the XML, the broadcast settings and the API calls, or copies a share link.',
    anchor: '.mode-switch [data-mode="Send"]',
  },
];

const CARD_WIDTH = 300;
const GAP = 10;

/** Where the card goes: under the control (or inside the graph's top-left corner), kept on screen. */
function placeNear(anchor: Element | null): CSSProperties {
  if (!anchor) return { top: 64, right: 16 };
  const r = anchor.getBoundingClientRect();
  const big = r.height > 240; // a region: the card sits inside it
  const top = big ? r.top + 16 : r.bottom + GAP;
  const left = big ? r.left + 16 : r.left + r.width / 2 - CARD_WIDTH / 2;
  return {
    top: Math.max(8, Math.min(top, window.innerHeight - 200)),
    left: Math.max(8, Math.min(left, window.innerWidth - CARD_WIDTH - 8)),
  };
}

/**
 * The first-step guide: a small card, not a modal (the studio stays usable around it), that points at
 * four real controls in turn (the graph, a question, Test, Send). A first visit opens it; once closed it
 * never returns by itself; the shortcuts dialog ("?") has "Show the guide".
 */
export function Guide() {
  const open = useStudio((s) => s.guideOpen);
  const dismiss = useStudio((s) => s.dismissGuide);
  const [step, setStep] = useState(0);
  const [place, setPlace] = useState<CSSProperties>({ top: 64, right: 16 });
  const titleId = useId();
  const current = GUIDE_STEPS[step] ?? GUIDE_STEPS[0]!;
  useLayoutEffect(() => {
    if (!open) return;
    const update = () => {
      const next = placeNear(document.querySelector(current.anchor));
      setPlace((was) => (JSON.stringify(was) === JSON.stringify(next) ? was : next));
    };
    update();
    // the graph lays out after the page opens: place again when it has drawn its cards
    const timer = window.setInterval(update, 500);
    window.addEventListener('resize', update);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('resize', update);
    };
  }, [open, current.anchor]);
  useEffect(() => {
    if (!open) {
      setStep(0);
      return;
    }
    // Escape closes the guide from anywhere, unless it closes something else first (a dialog, a menu)
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key === 'Escape' &&
        !event.defaultPrevented &&
        !document.querySelector('dialog[open], [aria-modal="true"]')
      )
        dismiss();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, dismiss]);
  if (!open) return null;
  const last = step === GUIDE_STEPS.length - 1;
  return (
    <div
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      className="guide-card"
      style={place}
    >
      <p className="guide-count">
        Step {step + 1} of {GUIDE_STEPS.length}
      </p>
      <h2 id={titleId}>{current.title}</h2>
      <p>{current.text}</p>
      <div className="guide-actions">
        <button
          type="button"
          className="btn-quiet"
          onClick={dismiss}
          title="Close the guide; the shortcuts dialog (?) can show it again"
        >
          Close guide
        </button>
        {step > 0 && (
          <button type="button" onClick={() => setStep(step - 1)}>
            Back
          </button>
        )}
        <button
          type="button"
          className="btn-primary"
          onClick={() => (last ? dismiss() : setStep(step + 1))}
        >
          {last ? 'Done' : 'Next'}
        </button>
      </div>
    </div>
  );
}
