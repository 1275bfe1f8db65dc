import { describe, expect, it } from 'vitest';
import { genderOf, pickVoice, utteranceLang, type VoiceLike } from './voice-map.ts';
import espeakVoices from './espeak-voices.fixture.json' with { type: 'json' };

// A slice of the 13,362 voices Chromium lists with --enable-speech-dispatcher and espeak-ng (Debian).
const ESPEAK: VoiceLike[] = espeakVoices;

const DESKTOP_CHROME: VoiceLike[] = [
  { name: 'Microsoft David - English (United States)', lang: 'en-US', default: true },
  { name: 'Microsoft Zira - English (United States)', lang: 'en-US' },
  { name: 'Google US English', lang: 'en-US' },
  { name: 'Google UK English Male', lang: 'en-GB' },
  { name: 'Google español de Estados Unidos', lang: 'es-US' },
  { name: 'Google français', lang: 'fr-FR' },
  { name: 'Google Deutsch', lang: 'de-DE' },
];

describe('pickVoice over espeak-ng voices', () => {
  it('gives female1 the American English female1 variant', () => {
    expect(pickVoice('female1', ESPEAK)?.name).toBe('English (America)+female1 espeak-ng');
  });
  it('gives male1 a male American English voice', () => {
    expect(pickVoice('male1', ESPEAK)?.name).toBe('English (America)+male1 espeak-ng');
  });
  it('gives spanish1 and femaleSpanish a Spanish voice, femaleSpanish a female one', () => {
    expect(pickVoice('spanish1', ESPEAK)?.lang).toMatch(/^es/);
    const female = pickVoice('femaleSpanish', ESPEAK);
    expect(female?.lang).toMatch(/^es/);
    expect(genderOf(female?.name ?? '')).toBe('female');
  });
  it('gives frenchcanadian1 French from France when there is no fr-CA voice', () => {
    expect(pickVoice('frenchcanadian1', ESPEAK)?.lang).toBe('fr-FR');
  });
  it('prefers fr-CA when one exists', () => {
    const withCanada = [...ESPEAK, { name: 'Amélie', lang: 'fr-CA' }];
    expect(pickVoice('frenchcanadian1', withCanada)?.name).toBe('Amélie');
  });
  it('treats a prompt without a voice as female1', () => {
    expect(pickVoice(undefined, ESPEAK)?.name).toBe('English (America)+female1 espeak-ng');
  });
});

describe('pickVoice over desktop Chrome voices', () => {
  it('maps female1 to a female US voice and male1 to a male one', () => {
    expect(genderOf(pickVoice('female1', DESKTOP_CHROME)?.name ?? '')).toBe('female');
    expect(pickVoice('male1', DESKTOP_CHROME)?.name).toBe(
      'Microsoft David - English (United States)',
    );
  });
  it('maps spanish1 to US Spanish', () => {
    expect(pickVoice('spanish1', DESKTOP_CHROME)?.lang).toBe('es-US');
  });
});

describe('when no voice fits', () => {
  it('returns nothing for an empty list (headless Chromium without speech-dispatcher)', () => {
    expect(pickVoice('female1', [])).toBeUndefined();
  });
  it('returns nothing when no voice speaks the language, and names the language to ask for', () => {
    expect(pickVoice('spanish1', [{ name: 'Google Deutsch', lang: 'de-DE' }])).toBeUndefined();
    expect(utteranceLang('spanish1')).toBe('es-US');
    expect(utteranceLang('frenchcanadian1')).toBe('fr-CA');
  });
});
