/**
 * Says prompts aloud with the Web Speech API, or times them as captions when it cannot.
 *
 * Chrome's speech faults must never hang a call (toolchain-notes.md): no voices at all, an `error`
 * event at once ("synthesis-failed" in headless Chromium), a `start` with no `end` ever after
 * (speech-dispatcher without audio), and long utterances cut off. So: long prompts go out in chunks,
 * every chunk has a watchdog sized from its length and rate, and after the first fault the voicer stops
 * using speech for the rest of the page and times prompts by their length instead.
 */
import type { Clock, TimerHandle } from '../clock.ts';
import type { SpeechHealth, SpeechSpeed } from '../../../store/simulator-types.ts';
import { estimatePromptMs, splitIntoChunks } from './prompt-text.ts';
import { pickVoice, utteranceLang, type VoiceLike } from './voice-map.ts';

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onstart: (() => void) | null;
  onend: (() => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

export interface SynthesisLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  getVoices(): VoiceLike[];
  /** Chrome loads its voice list lazily: the first getVoices() is often empty until `voiceschanged`. */
  onVoicesChanged?(listener: () => void): () => void;
}

export interface VoiceSettings {
  muted: boolean;
  speed: SpeechSpeed;
}

export interface VoicerDeps {
  synthesis: SynthesisLike | undefined;
  createUtterance: (text: string) => UtteranceLike;
  clock: Clock;
  onHealth?: (health: SpeechHealth) => void;
}

/** How long to wait for `start` before deciding speech is stuck. */
export const START_WATCHDOG_MS = 4000;
/** How long the first prompt waits for a voice list that is still loading. */
export const VOICES_WAIT_MS = 1000;

export class PromptVoicer {
  private health: SpeechHealth;
  private run = 0;
  private timer: TimerHandle | undefined;
  /** Chrome drops events of utterances it garbage-collected: keep the one being spoken reachable. */
  private speaking: UtteranceLike | undefined;
  private waitedForVoices = false;
  /** A `start` that never came once may be a slow speech server; twice in a row means speech is stuck. */
  private missedStart = false;

  constructor(private readonly deps: VoicerDeps) {
    this.health = deps.synthesis
      ? { available: true }
      : { available: false, reason: 'this browser has no speech synthesis' };
  }

  get speechHealth(): SpeechHealth {
    return this.health;
  }

  /** Says (or times) the prompt and calls `done` once when it is over, unless cancelled first. */
  say(text: string, voice: string | undefined, settings: VoiceSettings, done: () => void): void {
    this.cancel();
    const run = this.run;
    const finish = () => {
      if (run === this.run) done();
    };
    if (settings.muted || settings.speed === 'instant' || !this.health.available) {
      this.wait(estimatePromptMs(text, settings.speed), finish);
      return;
    }
    const speed = settings.speed;
    const speak = () => this.speakChunks(run, splitIntoChunks(text), voice, speed, finish);
    if (this.waitedForVoices || !this.deps.synthesis?.onVoicesChanged) return speak();
    this.waitedForVoices = true;
    if (this.deps.synthesis.getVoices().length > 0) return speak();
    this.waitForVoices(run, speak);
  }

  /** Waits (once per page) for the lazily loaded voice list, so the first prompt gets its voice. */
  private waitForVoices(run: number, then: () => void): void {
    let done = false;
    const go = () => {
      if (done) return;
      done = true;
      stopListening?.();
      this.clearTimer();
      if (run === this.run) then();
    };
    const stopListening = this.deps.synthesis?.onVoicesChanged?.(go);
    this.wait(VOICES_WAIT_MS, go);
  }

  /** Stops the current prompt (barge-in, hang-up); its `done` will not be called. */
  cancel(): void {
    this.run += 1;
    this.clearTimer();
    // Only when something is queued: a needless cancel() can land on the next utterance in Chrome.
    if (this.health.available && this.speaking) this.deps.synthesis?.cancel();
    this.speaking = undefined;
  }

  private speakChunks(
    run: number,
    chunks: string[],
    voice: string | undefined,
    speed: 1 | 2,
    finish: () => void,
    retried = false,
  ): void {
    const [chunk, ...rest] = chunks;
    if (chunk === undefined) {
      this.speaking = undefined;
      return finish();
    }
    const next = () => this.speakChunks(run, rest, voice, speed, finish);
    const chunkSentAt = this.deps.clock.now();
    const fault = (reason: string) => {
      if (run !== this.run) return;
      this.markUnavailable(reason);
      this.deps.synthesis?.cancel();
      this.speaking = undefined;
      // The caption of the failed chunk still needs its reading time (speech that fails at once has
      // given it none; a chunk stuck after its start has had it all): time that rest, then the others.
      const chunkLeft = estimatePromptMs(chunk, speed) - (this.deps.clock.now() - chunkSentAt);
      const restMs = rest.length > 0 ? estimatePromptMs(rest.join(' '), speed) : 0;
      this.wait(Math.max(0, chunkLeft) + restMs, finish);
    };
    const interrupted = () => {
      if (run !== this.run) return;
      this.clearTimer();
      // Chrome may cancel a fresh utterance after a barge-in's cancel(): say it again, once; then read it.
      if (!retried) return this.speakChunks(run, chunks, voice, speed, finish, true);
      this.speaking = undefined;
      this.wait(estimatePromptMs(chunks.join(' '), speed), finish);
    };
    const utterance = this.utteranceFor(chunk, voice, speed);
    utterance.onstart = () => {
      if (run !== this.run) return;
      this.missedStart = false;
      this.noteVoice(utterance.voice?.name);
      const endBy = Math.round(estimatePromptMs(chunk, speed) * 1.5) + 1500;
      this.wait(endBy, () => fault('speech started but never finished'));
    };
    utterance.onend = () => {
      if (run !== this.run) return;
      this.clearTimer();
      next();
    };
    utterance.onerror = (event) =>
      event.error === 'canceled' || event.error === 'interrupted'
        ? interrupted()
        : fault(`speech failed (${event.error ?? 'unknown error'})`);
    this.wait(START_WATCHDOG_MS, () => {
      if (this.missedStart) return fault('speech never started');
      this.missedStart = true;
      this.deps.synthesis?.cancel();
      this.speaking = undefined;
      const left = estimatePromptMs(chunks.join(' '), speed) - START_WATCHDOG_MS;
      this.wait(Math.max(0, left), finish);
    });
    this.speaking = utterance;
    this.deps.synthesis?.speak(utterance);
  }

  private utteranceFor(text: string, voice: string | undefined, speed: 1 | 2): UtteranceLike {
    const utterance = this.deps.createUtterance(text);
    const system = pickVoice(voice, this.deps.synthesis?.getVoices() ?? []);
    utterance.voice = system ?? null;
    utterance.lang = system?.lang ?? utteranceLang(voice);
    utterance.rate = speed;
    return utterance;
  }

  private noteVoice(voiceName: string | undefined): void {
    if (!this.health.available || this.health.voiceName === voiceName) return;
    this.health = { available: true, voiceName };
    this.deps.onHealth?.(this.health);
  }

  private markUnavailable(reason: string): void {
    this.health = { available: false, reason };
    this.deps.onHealth?.(this.health);
  }

  private wait(ms: number, then: () => void): void {
    this.clearTimer();
    this.timer = this.deps.clock.setTimeout(() => {
      this.timer = undefined;
      then();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }
}
