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
import { answerToken } from './answer-token.ts';

export interface Caption {
  text: string;
  voice?: string;
  /** `tts` is spoken; `url`/`callfireid` stand for audio files; `record` is the caller talking. */
  kind: PlayEvent['playType'] | 'record';
}

/** Everything the panel shows about a call; a new object after every change. */
export interface CallSnapshot {
  status: 'running' | 'ended';
  state: SimState;
  events: SimEvent[];
  caption?: Caption;
  /** The menu's timeout is running and fires at `deadline` (clock time). */
  countdown?: { deadline: number; ms: number };
  /** True while `caption` is being said; the last caption stays shown while the menu listens. */
  speaking: boolean;
  /** The caller's answers so far, one token per menu as `dialplan simulate --input` takes them. */
  answers: string[];
}

export interface SayPrompt {
  say(text: string, voice: string | undefined, done: () => void): void;
  cancel(): void;
}

export interface CallDriverDeps {
  start: () => StepResult;
  step: (state: SimState, input: SimInput) => StepResult;
  voice: SayPrompt;
  clock: Clock;
  onChange: (snapshot: CallSnapshot) => void;
  /** How long a foreground recording or an audio file is "played" when there is nothing to say. */
  silentPromptMs?: number;
}

const KEYS = /^[0-9*#]$/;

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

  constructor(private readonly deps: CallDriverDeps) {
    const first = deps.start();
    this.snapshot = {
      status: 'running',
      state: first.state,
      events: [],
      speaking: false,
      answers: [],
    };
    this.apply(first);
  }

  get current(): CallSnapshot {
    return this.snapshot;
  }

  /** A key on the keypad (0–9, `*`, `#`). Ignored when the call is not listening. */
  press(key: string): void {
    if (!KEYS.test(key) || this.snapshot.status === 'ended') return;
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
    const end = { type: 'end' as const, reason: 'error' as const, message, path: '', line: 0 };
    this.snapshot = {
      ...this.snapshot,
      status: 'ended',
      state: { ...this.snapshot.state, waiting: { type: 'ended', end } },
      events: [...this.snapshot.events, end],
      caption: undefined,
      speaking: false,
      countdown: undefined,
    };
    this.deps.onChange(this.snapshot);
  }

  /** Stops every timer and any speech (the panel unmounts or a new call starts). */
  dispose(): void {
    this.stopPrompt();
  }

  private send(input: SimInput): void {
    this.apply(this.deps.step(this.snapshot.state, input));
  }

  private apply(result: StepResult): void {
    const answers = this.answersAfter(result.events);
    const waiting = result.state.waiting;
    this.snapshot = {
      ...this.snapshot,
      status: waiting.type === 'ended' ? 'ended' : 'running',
      state: result.state,
      events: this.snapshot.events.concat(this.takeUnshown(), result.events),
      speaking: false,
      countdown: undefined,
      answers,
    };
    this.deps.onChange(this.snapshot);
    this.react(waiting, result.events);
  }

  private takeUnshown(): SimEvent[] {
    const events = this.unshown;
    this.unshown = [];
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
    let result = this.deps.step(this.snapshot.state, { type: 'continue' });
    const events = this.unshown;
    for (const event of result.events) events.push(event); // no spread: a slice may hold thousands
    while (result.state.waiting.type === 'busy' && this.deps.clock.now() < until) {
      result = this.deps.step(result.state, { type: 'continue' });
      for (const event of result.events) events.push(event);
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
