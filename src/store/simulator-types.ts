/**
 * The simulator's types the store keeps (the running call as shown, voice settings and health): they sit
 * here, below the simulator feature that fills them, so the store imports no feature (issue 28).
 */
import type { PlayEvent, SimEvent, SimState } from '../core/index.ts';

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
  /** The call is paused at this element (a breakpoint, or Step). */
  paused?: { elementId: string; label: string };
}

/** How fast prompts are said; `instant` takes no time. */
export type SpeechSpeed = 1 | 2 | 'instant';

export interface SpeechHealth {
  available: boolean;
  /** Why speech is off, in words for the panel. */
  reason?: string;
  /** The system voice of the prompt being spoken (none: the browser's default for the language). */
  voiceName?: string;
}
