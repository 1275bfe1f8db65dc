import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { realClock } from '../clock.ts';
import { estimatePromptMs } from './prompt-text.ts';
import type { SpeechHealth } from '../../../store/simulator-types.ts';
import { PromptVoicer, type SynthesisLike, type UtteranceLike } from './prompt-voicer.ts';

/** The three behaviours of Chromium's speechSynthesis seen in toolchain-notes.md, replayed in time. */
type Behaviour = 'fails-at-once' | 'starts-never-ends' | 'speaks';

function browserSynthesis(behaviour: Behaviour, msPerChar = 50) {
  const spoken: UtteranceLike[] = [];
  let cancelled = 0;
  const synthesis: SynthesisLike = {
    getVoices: () =>
      behaviour === 'fails-at-once'
        ? []
        : [{ name: 'English (America)+female1 espeak-ng', lang: 'en-US' }],
    cancel: () => {
      cancelled += 1;
    },
    speak: (u) => {
      spoken.push(u);
      if (behaviour === 'fails-at-once')
        setTimeout(() => u.onerror?.({ error: 'synthesis-failed' }), 1);
      else setTimeout(() => u.onstart?.(), 40);
      if (behaviour === 'speaks') setTimeout(() => u.onend?.(), 40 + u.text.length * msPerChar);
    },
  };
  return { synthesis, spoken, cancelledCount: () => cancelled };
}

function voicerFor(behaviour: Behaviour) {
  const browser = browserSynthesis(behaviour);
  const health: SpeechHealth[] = [];
  const voicer = new PromptVoicer({
    synthesis: browser.synthesis,
    createUtterance: (text) => ({
      text,
      lang: '',
      rate: 1,
      voice: null,
      onstart: null,
      onend: null,
      onerror: null,
    }),
    clock: realClock,
    onHealth: (h) => health.push(h),
  });
  return { voicer, health, ...browser };
}

const SETTINGS = { muted: false, speed: 1 as const };

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('PromptVoicer', () => {
  it('finishes a prompt when real speech ends, with the mapped voice', () => {
    const { voicer, spoken } = voicerFor('speaks');
    const done = vi.fn();
    voicer.say('Press 1 for Yes.', 'female1', SETTINGS, done);
    expect(spoken[0]?.voice?.name).toBe('English (America)+female1 espeak-ng');
    vi.advanceTimersByTime(40 + 16 * 50 - 1);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledOnce();
    expect(voicer.speechHealth).toEqual({
      available: true,
      voiceName: 'English (America)+female1 espeak-ng',
    });
  });

  it('speaks a long prompt chunk after chunk', () => {
    const { voicer, spoken } = voicerFor('speaks');
    const done = vi.fn();
    const long = 'This sentence is about forty characters. '.repeat(10).trim();
    voicer.say(long, undefined, SETTINGS, done);
    vi.advanceTimersByTime(60_000);
    expect(spoken.length).toBeGreaterThan(1);
    expect(spoken.map((u) => u.text).join(' ')).toBe(long);
    expect(done).toHaveBeenCalledOnce();
  });

  it('goes on with timed captions when speech fails at once (headless Chromium)', () => {
    const { voicer, health } = voicerFor('fails-at-once');
    const done = vi.fn();
    voicer.say('Thank you for your time. Goodbye.', 'female1', SETTINGS, done);
    vi.advanceTimersByTime(5);
    expect(health).toEqual([{ available: false, reason: 'speech failed (synthesis-failed)' }]);
    vi.advanceTimersByTime(3000);
    expect(done).toHaveBeenCalledOnce();
  });

  it('gives a caption its full reading time when speech fails at once (the first prompt of the poll)', () => {
    const { voicer } = voicerFor('fails-at-once');
    const done = vi.fn();
    const prompt =
      'This is a call for a short political poll. If you are willing to participate, press 1. If you do not wish to participate, press 2.';
    voicer.say(prompt, 'female1', SETTINGS, done);
    const readingMs = estimatePromptMs(prompt, 1);
    expect(readingMs).toBeGreaterThan(5000);
    vi.advanceTimersByTime(readingMs - 10);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(done).toHaveBeenCalledOnce();
  });

  it('does not hang when speech starts and never ends, and stops using speech afterwards', () => {
    const { voicer, health, spoken } = voicerFor('starts-never-ends');
    const done = vi.fn();
    voicer.say('Thank you for your time. Goodbye.', 'female1', SETTINGS, done);
    vi.advanceTimersByTime(10_000);
    expect(done).toHaveBeenCalledOnce();
    expect(health.at(-1)?.reason).toBe('speech started but never finished');
    const second = vi.fn();
    voicer.say('Goodbye.', 'female1', SETTINGS, second);
    vi.advanceTimersByTime(1000);
    expect(second).toHaveBeenCalledOnce();
    expect(spoken).toHaveLength(1);
  });

  it('never calls done for a prompt cut short (barge-in), and cancels the speech', () => {
    const { voicer, cancelledCount } = voicerFor('speaks');
    const done = vi.fn();
    voicer.say('Press 1 for Yes, or 2 for No.', 'female1', SETTINGS, done);
    vi.advanceTimersByTime(100);
    voicer.cancel();
    vi.advanceTimersByTime(60_000);
    expect(done).not.toHaveBeenCalled();
    expect(cancelledCount()).toBeGreaterThan(0);
  });

  it('says a prompt again when Chrome cancels it by itself, and does not call speech broken', () => {
    const { voicer, spoken, synthesis, health } = voicerFor('speaks');
    const speak = synthesis.speak;
    let first = true;
    synthesis.speak = (u) => {
      if (!first) return speak(u);
      first = false;
      spoken.push(u);
      setTimeout(() => u.onerror?.({ error: 'canceled' }), 1);
    };
    const done = vi.fn();
    voicer.say('Press 1.', 'female1', SETTINGS, done);
    vi.advanceTimersByTime(5000);
    expect(spoken).toHaveLength(2);
    expect(done).toHaveBeenCalledOnce();
    expect(health.every((h) => h.available)).toBe(true);
  });

  it('forgives one utterance that never starts, but not two in a row', () => {
    const { voicer, synthesis, health } = voicerFor('speaks');
    synthesis.speak = () => undefined;
    const first = vi.fn();
    voicer.say('Press 1.', 'female1', SETTINGS, first);
    vi.advanceTimersByTime(10_000);
    expect(first).toHaveBeenCalledOnce();
    expect(health).toEqual([]);
    const second = vi.fn();
    voicer.say('Press 2.', 'female1', SETTINGS, second);
    vi.advanceTimersByTime(10_000);
    expect(second).toHaveBeenCalledOnce();
    expect(health.at(-1)).toEqual({ available: false, reason: 'speech never started' });
  });

  it('does not speak when muted or instant, but still times the prompt', () => {
    const { voicer, spoken } = voicerFor('speaks');
    const muted = vi.fn();
    voicer.say('Goodbye now.', 'female1', { muted: true, speed: 2 }, muted);
    vi.advanceTimersByTime(400);
    expect(muted).toHaveBeenCalledOnce();
    const instant = vi.fn();
    voicer.say('Goodbye now.', 'female1', { muted: false, speed: 'instant' }, instant);
    vi.advanceTimersByTime(0);
    expect(instant).toHaveBeenCalledOnce();
    expect(spoken).toHaveLength(0);
  });

  it('lets the first prompt wait briefly for a voice list that is still loading', () => {
    const { voicer, spoken, synthesis } = voicerFor('speaks');
    let loaded = false;
    let announce: (() => void) | undefined;
    synthesis.getVoices = () =>
      loaded ? [{ name: 'English (America)+female1 espeak-ng', lang: 'en-US' }] : [];
    synthesis.onVoicesChanged = (listener) => {
      announce = listener;
      return () => (announce = undefined);
    };
    voicer.say('Hello.', 'female1', SETTINGS, vi.fn());
    expect(spoken).toHaveLength(0);
    loaded = true;
    announce?.();
    expect(spoken[0]?.voice?.name).toBe('English (America)+female1 espeak-ng');
  });

  it('reports speech as unavailable when the browser has none', () => {
    const voicer = new PromptVoicer({
      synthesis: undefined,
      createUtterance: () => {
        throw new Error('not used');
      },
      clock: realClock,
    });
    expect(voicer.speechHealth).toEqual({
      available: false,
      reason: 'this browser has no speech synthesis',
    });
  });
});
