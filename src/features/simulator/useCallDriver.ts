/**
 * Runs simulated calls for the panel: one PromptVoicer for the page's lifetime (speech health is learnt
 * once), one CallDriver per call. The call's snapshot goes to the store, and from it the highlight that
 * the graph and the XML pane render, and the selection (so the inspector and the views follow).
 */
import { useCallback, useEffect } from 'react';
import {
  elementName,
  findElement,
  startCallTraced,
  stepCallTraced,
  type DialplanDocument,
  type SimOptions,
} from '../../core/index.ts';
import { useStudioStore, type StudioStore } from '../../store/index.ts';
import { CallDriver, type Breakpoints, type CallSnapshot } from './call-driver.ts';
import { whyCallCannotGoOn } from './call-follows-document.ts';
import { highlightOf, activeElementId } from './call-highlight.ts';
import { realClock } from './clock.ts';
import { useDebugStore } from './debug-store.ts';
import { browserSynthesis, createBrowserUtterance } from './speech/browser-synthesis.ts';
import { PromptVoicer } from './speech/prompt-voicer.ts';

/** Elements per engine slice; the driver runs slices for a few milliseconds per task (call-driver.ts). */
const SLICE_STEPS = 250;

export interface CallControls {
  call: (options: SimOptions) => void;
  press: (key: string) => void;
  hangUp: () => void;
  /** A paused call goes on to its next breakpoint. */
  resume: () => void;
  /** A paused call goes on one element. */
  step: () => void;
}

/** The debugger's breakpoints (as they are when the call reaches an element), named from `document`. */
function breakpointsIn(document: DialplanDocument): Breakpoints {
  return {
    has: (id) => useDebugStore.getState().breakpoints.has(id),
    label: (id) => {
      const element = findElement(document, id);
      return element ? (elementName(element) ?? `<${element.tagName}>`) : id;
    },
  };
}

function createVoicer(store: StudioStore): PromptVoicer {
  return new PromptVoicer({
    synthesis: browserSynthesis(),
    createUtterance: createBrowserUtterance,
    clock: realClock,
    onHealth: (speechHealth) => store.getState().updateSimulator({ speechHealth }),
  });
}

/**
 * The running call of a store, shared by every panel that shows it: the phone layout and the desktop
 * one swap on a rotation (one unmounts as the other mounts) and the call goes on in the new one.
 */
interface CallHolder {
  voicer: { current: PromptVoicer | undefined };
  driver: { current: CallDriver | undefined };
  /** The document the running call was started on. */
  following: { current: { documentId: string; document: DialplanDocument } | undefined };
  users: number;
}
const holders = new WeakMap<StudioStore, CallHolder>();
function holderOf(store: StudioStore): CallHolder {
  let holder = holders.get(store);
  if (!holder) {
    holder = {
      voicer: { current: undefined },
      driver: { current: undefined },
      following: { current: undefined },
      users: 0,
    };
    holders.set(store, holder);
  }
  return holder;
}

export function useCallDriver(): CallControls {
  const store = useStudioStore();
  const { voicer, driver, following } = holderOf(store);

  const show = useCallback(
    (snapshot: CallSnapshot) => {
      const state = store.getState();
      // Captions and countdown ticks keep the same events: the highlight (which makes the graph and the
      // XML pane redo their trace) changes only when the call moved.
      const previous = state.simulator.call;
      const moved = previous?.events !== snapshot.events || previous?.state !== snapshot.state;
      state.updateSimulator({ call: snapshot });
      // A busy call (a long run between waits) is shown on the phone only: the path on the graph and
      // the XML pane, which cost far more to draw on a big dialplan, follow once it waits or ends.
      if (snapshot.state.waiting.type === 'busy') return;
      if (moved) state.setHighlight(highlightOf(snapshot, state.highlight));
      const active = activeElementId(snapshot);
      if (active && active !== state.selectedId) state.select(active, 'simulator');
    },
    [store],
  );

  const call = useCallback(
    (options: SimOptions) => {
      driver.current?.dispose();
      store.getState().clearHighlight();
      const prompts = (voicer.current ??= createVoicer(store));
      store.getState().updateSimulator({ speechHealth: prompts.speechHealth });
      const document = store.getState().lastGood;
      following.current = { documentId: store.getState().activeId, document };
      driver.current = new CallDriver({
        start: (trail) => startCallTraced(document, { ...options, sliceSteps: SLICE_STEPS }, trail),
        step: stepCallTraced,
        breakpoints: breakpointsIn(document),
        clock: realClock,
        voice: {
          say: (text, voice, done) => {
            const { muted, speed } = store.getState().simulator;
            prompts.say(text, voice, { muted, speed }, done);
          },
          cancel: () => prompts.cancel(),
        },
        onChange: show,
      });
    },
    [store, show, voicer, driver, following],
  );

  useEffect(() => {
    // Created at mount, not at the first call: Chrome's voice list loads lazily and takes a moment.
    voicer.current ??= createVoicer(store);
    const holder = holderOf(store);
    holder.users += 1;
    return () => {
      holder.users -= 1;
      // Ended only when no panel took the call over in the same commit (a layout switch).
      setTimeout(() => {
        if (holder.users === 0) driver.current?.dispose();
      }, 0);
    };
  }, [store, driver, voicer]);

  // The call follows its document: it ends (saying why) when the document it runs goes away.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const running = driver.current;
        const started = following.current;
        if (!running || !started || running.current.status === 'ended') return;
        if (state.activeId === previous.activeId && state.lastGood === previous.lastGood) return;
        const why = whyCallCannotGoOn(
          { ...started, elementId: activeElementId(running.current) },
          state,
        );
        if (!why) return;
        running.stop(`The call was stopped: ${why}.`);
        store.getState().clearHighlight(); // its path belongs to the text it ran, not to this one
      }),
    [store, driver, following],
  );

  return {
    call,
    press: useCallback((key: string) => driver.current?.press(key), [driver]),
    hangUp: useCallback(() => driver.current?.hangUp(), [driver]),
    resume: useCallback(() => driver.current?.continue(), [driver]),
    step: useCallback(() => driver.current?.step(), [driver]),
  };
}
