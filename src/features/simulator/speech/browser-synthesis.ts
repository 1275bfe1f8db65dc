/** The browser's speechSynthesis behind the small interfaces PromptVoicer uses. */
import type { SynthesisLike, UtteranceLike } from './prompt-voicer.ts';

export function browserSynthesis(): SynthesisLike | undefined {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return undefined;
  const synthesis = window.speechSynthesis;
  synthesis.getVoices(); // Starts loading the list, so it is ready by the first prompt.
  return {
    speak: (utterance) => synthesis.speak(utterance as unknown as SpeechSynthesisUtterance),
    cancel: () => synthesis.cancel(),
    getVoices: () => synthesis.getVoices(),
    onVoicesChanged: (listener) => {
      synthesis.addEventListener('voiceschanged', listener);
      return () => synthesis.removeEventListener('voiceschanged', listener);
    },
  };
}

export function createBrowserUtterance(text: string): UtteranceLike {
  return new SpeechSynthesisUtterance(text) as unknown as UtteranceLike;
}
