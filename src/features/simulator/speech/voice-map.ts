/**
 * CallFire voices (`female1`, `male1`, `spanish1`, …) mapped to the closest voice the browser offers.
 * Pure: it works on plain {name, lang} records so it can be tested over real voice lists (espeak-ng via
 * speech-dispatcher names them "English (America)+female1 espeak-ng"; desktop Chrome "Google US English").
 */
export interface VoiceLike {
  name: string;
  lang: string;
  default?: boolean;
}

type Gender = 'female' | 'male' | undefined;

interface VoiceWish {
  /** BCP 47 tags, best first; the first is also the utterance language when no voice fits. */
  langs: readonly string[];
  gender: Gender;
}

const ENGLISH = ['en-US', 'en-GB', 'en'];
const SPANISH = ['es-US', 'es-MX', 'es-419', 'es-ES', 'es'];
const FRENCH_CANADIAN = ['fr-CA', 'fr-FR', 'fr'];

/** Default voice when a prompt names none: female1 (dialplan-reference.md, defaults). */
const WISHES: Record<string, VoiceWish> = {
  female1: { langs: ENGLISH, gender: 'female' },
  female2: { langs: ENGLISH, gender: 'female' },
  male1: { langs: ENGLISH, gender: 'male' },
  spanish1: { langs: SPANISH, gender: undefined },
  femalespanish: { langs: SPANISH, gender: 'female' },
  frenchcanadian1: { langs: FRENCH_CANADIAN, gender: undefined },
};

const FEMALE_NAMES =
  /\b(female\d*|woman|zira|samantha|victoria|karen|moira|tessa|fiona|susan|hazel|heera|helena|sabina|paulina|monica|amelie|aurelie|alicia|andrea|annie|belinda|linda|steph\d*|anika|grandma|auntie|shelby)\b/i;
const MALE_NAMES =
  /\b(male\d*|man|david|mark|daniel|alex|fred|george|james|jorge|juan|thomas|pablo|adam|paul|michael|john|grandpa|diego)\b/i;

/** The wish for a CallFire voice name; unknown or missing names get the default (female1). */
export function voiceWish(callfireVoice: string | undefined): VoiceWish {
  const key = (callfireVoice ?? 'female1').toLowerCase();
  return WISHES[key] ?? { langs: ENGLISH, gender: 'female' };
}

/** The language to set on an utterance for this CallFire voice (used when no system voice fits). */
export function utteranceLang(callfireVoice: string | undefined): string {
  return voiceWish(callfireVoice).langs[0] ?? 'en-US';
}

export function genderOf(voiceName: string): Gender {
  // Test "female" names first: the word "female" contains "male".
  if (FEMALE_NAMES.test(voiceName) || /google us english$/i.test(voiceName.trim())) return 'female';
  if (MALE_NAMES.test(voiceName)) return 'male';
  return undefined;
}

function normalizeLang(lang: string): string {
  return lang.replace('_', '-').toLowerCase();
}

function languageScore(voiceLang: string, wanted: readonly string[]): number {
  const lang = normalizeLang(voiceLang);
  const exact = wanted.findIndex((w) => normalizeLang(w) === lang);
  if (exact >= 0) return 100 - exact * 10;
  const primary = normalizeLang(wanted[0] ?? '').split('-')[0];
  return lang.split('-')[0] === primary ? 40 : 0;
}

function score(voice: VoiceLike, callfireVoice: string, wish: VoiceWish): number {
  const language = languageScore(voice.lang, wish.langs);
  if (language === 0) return 0;
  const gender = genderOf(voice.name);
  const genderScore = !wish.gender || !gender ? 0 : gender === wish.gender ? 20 : -20;
  // espeak-ng has variants named exactly like CallFire's voices ("+female1", "+male1").
  const sameVariant = new RegExp(`\\+${callfireVoice}\\b`, 'i').test(voice.name) ? 5 : 0;
  return language + genderScore + sameVariant + (voice.default ? 1 : 0);
}

/**
 * The closest system voice for a CallFire voice, or undefined when none speaks the language
 * (then the utterance only gets a `lang` and the browser chooses, or the call runs on captions).
 *
 * @example pickVoice('frenchcanadian1', speechSynthesis.getVoices())
 */
export function pickVoice<V extends VoiceLike>(
  callfireVoice: string | undefined,
  voices: readonly V[],
): V | undefined {
  const wish = voiceWish(callfireVoice);
  const key = (callfireVoice ?? 'female1').toLowerCase();
  let best: V | undefined;
  let bestScore = 0;
  for (const voice of voices) {
    const s = score(voice, key, wish);
    if (s > bestScore) {
      best = voice;
      bestScore = s;
    }
  }
  return best;
}
