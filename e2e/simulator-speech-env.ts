/**
 * The three Web Speech behaviours of headless Chromium (toolchain-notes.md), as Playwright projects for
 * the simulator journeys:
 *  - stock: speechSynthesis fails at once ("synthesis-failed");
 *  - speech-dispatcher: espeak-ng voices appear, `start` fires, then nothing (no audio device);
 *  - espeak-silent: real speech into libao's null driver, so `start` and `end` both fire.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A HOME whose speech-dispatcher speaks through libao into the null driver (silent, but real). One fixed
 * directory, rewritten idempotently: the config is loaded by every Playwright process, so a fresh
 * temporary directory each time would litter /tmp.
 */
export function silentSpeechHome(): string {
  const home = join(tmpdir(), 'dialplan-studio-speech-home');
  mkdirSync(join(home, '.config', 'speech-dispatcher'), { recursive: true });
  writeFileSync(
    join(home, '.config', 'speech-dispatcher', 'speechd.conf'),
    'AudioOutputMethod "libao"\n',
  );
  writeFileSync(join(home, '.libao'), 'default_driver=null\n');
  return home;
}

export type SpeechBehaviour = 'stock' | 'speech-dispatcher' | 'espeak-silent';

export function speechLaunchOptions(behaviour: SpeechBehaviour, baseArgs: readonly string[]) {
  if (behaviour === 'stock') return { args: [...baseArgs] };
  const args = [...baseArgs, '--enable-speech-dispatcher'];
  if (behaviour === 'speech-dispatcher') return { args };
  const home = silentSpeechHome();
  // Its own runtime dir too, so it never talks to a speech-dispatcher started with the real HOME.
  const env = { ...process.env, HOME: home, XDG_RUNTIME_DIR: home } as Record<string, string>;
  return { args, env };
}
