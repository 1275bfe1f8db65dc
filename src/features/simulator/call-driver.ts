/**
 * Drives one simulated call in real time. The engine is a pure step function with no timers; this class
 * owns the time: it says the prompts (through a PromptVoicer-like `say`), sends `prompt-finished` when they
 * end, runs the menu's inter-digit timeout and sends `timeout`, and forwards keys and hang-ups.
 *
 * Barge-in: a key pressed while a menu's prompts play cancels the speech; the engine has already taken
 * the digit, and the driver then tells it the prompt is over so the inter-digit timer starts.
 *
 * A long run between waits never holds the page: started with `sliceSteps`, the engine pauses as `busy`;
 * the driver runs slices for at most `BUSY_SLICE_MS`, shows where the call is, and goes on in a later
 * task, so clicks and keys are answered while a 20,000-element cycle runs to its `loop` end.
 *
 * Breakpoints: each engine step records the elements it ran (`trail`). When one of them has a
 * breakpoint, the call pauses there ("Paused at Question_01"): the events up to that element are shown,
 * the rest are held, and nothing is said or timed until Continue (on to the next breakpoint) or Step
 * (one element; past the last element of the step, the call goes on and pauses at the next element it
 * runs). The engine has already run the step, so a pause shows the call at that element at any speed.
 */
import type {
  PlayEvent,
  RecordEvent,
  SimEvent,
  SimInput,
  SimState,
  StepResult,
  Waiting,
} from '../../core/index.ts';
import type { Clock, TimerHandle } from './clock.ts';
import { eventsByElement, Trail } from '../../core/index.ts';
import { answerToken } from './answer-token.ts';
import type { Caption, CallSnapshot } from '../../store/simulator-types.ts';

export type { Caption, CallSnapshot };

/** The elements a call pauses at, and how an element is named in "Paused at NAME". */
export interface Breakpoints {
  has: (elementId: string) => boolean;
  label: (elementId: string) => string;
}

export interface SayPrompt {
  say(text: string, voice: string | undefined, done: () => void): void;
  cancel(): void;
}

export interface CallDriverDeps {
  /** Starts the call; `trail` (when given) gets the id of each element run, in order. */
  start: (trail?: Set<string>) => StepResult;
  step: (state: SimState, input: SimInput, trail?: Set<string>) => StepResult;
  breakpoints?: Breakpoints;
  voice: SayPrompt;
  clock: Clock;
  onChange: (snapshot: CallSnapshot) => void;
  /** How long a foreground recording or an audio file is "played" when there is nothing to say. */
  silentPromptMs?: number;
}

const KEYS = /^[0-9*#]$/;

/** An engine step whose showing waits at one of its elements. */
interface Held {
  result: StepResult;
  trail: readonly string[];
  parts: SimEvent[][];
  answers: string[];
  /** The element paused at; the events of the elements before it are shown. */
  at: number;
}

/** Main-thread time the driver spends running a busy call before giving the browser a turn. */
export const BUSY_SLICE_MS = 12;
/**
 * How often a busy call is shown: drawing a call (the transcript, the path on a 20,000-element graph)
 * costs far more than a slice, so the views see it a few times a second, not after every slice.
 */
export const BUSY_SHOW_MS = 500;

export class CallDriver {
  private snapshot: CallSnapshot;
  private timer: TimerHandle | undefined;
  private keysThisMenu = '';
  private hungUp = false;
  private queue: Caption[] = [];
  /** Events of busy slices not shown yet (see `runBusy`); `apply` puts them before the next ones. */
  private unshown: SimEvent[] = [];
  private showBusyAt = 0;
  /** The elements the busy slices of `unshown` ran. */
  private unshownTrail = new Trail();
  private held: Held | undefined;
  /** Step went past a held step's last element: pause at the next element run. */
  private stepping = false;

  constructor(private readonly deps: CallDriverDeps) {
    const trail = new Trail();
    const first = deps.start(trail);
    this.snapshot = {
      status: 'running',
      state: first.state,
      events: [],
      speaking: false,
      answers: [],
    };
    this.arrive(first, trail.order);
  }

  get current(): CallSnapshot {
    return this.snapshot;
  }

  /** A key on the keypad (0–9, `*`, `#`). Ignored when the call is not listening. */
  press(key: string): void {
    if (!KEYS.test(key) || this.snapshot.status === 'ended' || this.held) return;
    // Outside a menu the engine does not collect keys.
    if (this.snapshot.state.waiting.type !== 'input') return;
    this.stopPrompt();
    this.keysThisMenu += key;
    this.send({ type: 'digits', digits: key });
  }

  /** The caller hangs up. */
  hangUp(): void {
    if (this.snapshot.status === 'ended') return;
    this.stopPrompt();
    this.release();
    this.hungUp = true;
    this.send({ type: 'hangup' });
  }

  /**
   * Ends the call from outside the dialplan (its document changed under it): no more speech or timers,
   * and the transcript's last line says why.
   */
  stop(message: string): void {
    if (this.snapshot.status === 'ended') return;
    this.stopPrompt();
    this.release();
    const end = { type: 'end' as const, reason: 'error' as const, message, path: '', line: 0 };
    this.snapshot = {
      ...this.snapshot,
      status: 'ended',
      state: { ...this.snapshot.state, waiting: { type: 'ended', end } },
      events: this.snapshot.events.concat(this.takeUnshown(), end),
      caption: undefined,
      speaking: false,
      countdown: undefined,
      paused: undefined,
    };
    this.deps.onChange(this.snapshot);
  }

  /** Paused: on to the next breakpoint (in the held step, else as the call goes on). */
  continue(): void {
    const held = this.held;
    if (!held) return;
    const next = held.trail.findIndex((id, i) => i > held.at && this.deps.breakpoints?.has(id));
    if (next !== -1) return this.pauseAt(held, next);
    this.release();
    this.apply({ state: held.result.state, events: [] }, held.answers);
  }

  /** Paused: on to the next element the call runs. */
  step(): void {
    const held = this.held;
    if (!held) return;
    if (held.at + 1 < held.trail.length) return this.pauseAt(held, held.at + 1);
    this.stepping = true;
    this.release();
    this.apply({ state: held.result.state, events: [] }, held.answers);
  }

  /** Stops every timer and any speech (the panel unmounts or a new call starts). */
  dispose(): void {
    this.stopPrompt();
  }

  private send(input: SimInput): void {
    const trail = new Trail();
    this.arrive(this.deps.step(this.snapshot.state, input, trail), trail.order);
  }

  /** A step's result: shown, or held at the first of its elements the call pauses at. */
  private arrive(result: StepResult, trail: readonly string[]): void {
    const breakpoints = this.deps.breakpoints;
    const at = this.stepping ? 0 : trail.findIndex((id) => breakpoints?.has(id));
    if (!breakpoints || at === -1 || trail.length === 0) return this.apply(result);
    this.stepping = false;
    const held: Held = {
      result,
      trail,
      parts: eventsByElement(trail, result.events),
      answers: this.answersAfter(result.events),
      at: 0,
    };
    this.held = held;
    this.pauseAt(held, at);
  }

  /** Shows the held step up to its element `at` and waits there. */
  private pauseAt(held: Held, at: number): void {
    const shown = held.parts.slice(held.at, at).flat();
    const elementId = held.trail[at] ?? '';
    held.at = at;
    this.snapshot = {
      ...this.snapshot,
      state: held.result.state,
      events: this.snapshot.events.concat(this.takeUnshown(), shown),
      speaking: false,
      countdown: undefined,
      answers: held.answers,
      paused: { elementId, label: this.deps.breakpoints?.label(elementId) ?? elementId },
    };
    this.deps.onChange(this.snapshot);
  }

  /** Ends a pause: the held step's events not shown yet go before the next ones. */
  private release(): void {
    const held = this.held;
    if (!held) return;
    this.held = undefined;
    for (const part of held.parts.slice(held.at)) for (const e of part) this.unshown.push(e);
    this.snapshot = { ...this.snapshot, paused: undefined };
  }

  private apply(result: StepResult, answers = this.answersAfter(result.events)): void {
    const waiting = result.state.waiting;
    const events = this.takeUnshown();
    for (const event of result.events) events.push(event);
    this.snapshot = {
      ...this.snapshot,
      status: waiting.type === 'ended' ? 'ended' : 'running',
      state: result.state,
      events: this.snapshot.events.concat(events),
      speaking: false,
      countdown: undefined,
      answers,
      paused: undefined,
    };
    this.deps.onChange(this.snapshot);
    this.react(waiting, events);
  }

  private takeUnshown(): SimEvent[] {
    const events = this.unshown;
    this.unshown = [];
    this.unshownTrail = new Trail();
    return events;
  }

  /** An `input` event closes a menu: turn the keys pressed in it into one answer token. */
  private answersAfter(events: readonly SimEvent[]): string[] {
    let answers = this.snapshot.answers;
    for (const event of events) {
      if (event.type !== 'input') continue;
      answers = [...answers, answerToken(this.keysThisMenu, event)];
      this.keysThisMenu = '';
    }
    if (this.hungUp) answers = [...answers, 'hangup'];
    this.hungUp = false;
    return answers;
  }

  /** Runs busy slices for up to `BUSY_SLICE_MS`, then shows the call once (not once per slice). */
  private runBusy(): void {
    const until = this.deps.clock.now() + BUSY_SLICE_MS;
    const trail = this.unshownTrail;
    let result = this.deps.step(this.snapshot.state, { type: 'continue' }, trail);
    const events = this.unshown;
    for (const event of result.events) events.push(event); // no spread: a slice may hold thousands
    while (result.state.waiting.type === 'busy' && this.deps.clock.now() < until) {
      result = this.deps.step(result.state, { type: 'continue' }, trail);
      for (const event of result.events) events.push(event);
    }
    const breakpoints = this.deps.breakpoints;
    if (breakpoints && (this.stepping || trail.order.some((id) => breakpoints.has(id)))) {
      const order = trail.order;
      return this.arrive({ state: result.state, events: this.takeUnshown() }, order);
    }
    const now = this.deps.clock.now();
    if (result.state.waiting.type === 'busy' && now < this.showBusyAt) {
      // Not shown yet: the state moves on quietly (a hang-up starts from it), the events wait.
      this.snapshot = { ...this.snapshot, state: result.state };
      this.wait(0, () => this.runBusy());
      return;
    }
    this.showBusyAt = now + BUSY_SHOW_MS;
    this.apply({ state: result.state, events: [] });
  }

  private react(waiting: Waiting, events: readonly SimEvent[]): void {
    if (waiting.type === 'busy') {
      this.wait(0, () => this.runBusy());
    } else if (waiting.type === 'prompt') {
      this.play([captionOf(waiting.event)], () => this.send({ type: 'prompt-finished' }));
    } else if (waiting.type === 'input' && waiting.promptPlaying) {
      const prompts = events.filter(
        (e): e is PlayEvent => e.type === 'play' && e.path.startsWith(`${waiting.menuPath}/`),
      );
      // No new prompts means the caller barged in: the prompt was cut short, so it is over.
      this.play(prompts.map(captionOf), () => this.send({ type: 'prompt-finished' }));
    } else if (waiting.type === 'input') {
      this.startCountdown(waiting.timeoutMs);
    }
  }

  private play(captions: Caption[], then: () => void): void {
    this.queue = captions;
    const next = () => {
      const caption = this.queue.shift();
      if (!caption) {
        if (this.snapshot.speaking) this.update({ speaking: false });
        return then();
      }
      this.update({ caption, speaking: true });
      if (caption.kind === 'tts') this.deps.voice.say(caption.text, caption.voice, next);
      else this.wait(this.deps.silentPromptMs ?? 1500, next);
    };
    next();
  }

  private startCountdown(ms: number): void {
    this.update({ countdown: { deadline: this.deps.clock.now() + ms, ms } });
    this.wait(ms, () => this.send({ type: 'timeout' }));
  }

  private stopPrompt(): void {
    this.queue = [];
    this.deps.voice.cancel();
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private wait(ms: number, then: () => void): void {
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = undefined;
      then();
    }, ms);
  }

  private update(partial: Partial<CallSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...partial };
    this.deps.onChange(this.snapshot);
  }
}

function captionOf(event: PlayEvent | RecordEvent): Caption {
  if (event.type === 'record') return { text: `Recording (${event.url})`, kind: 'record' };
  return { text: event.text, voice: event.voice, kind: event.playType };
}
