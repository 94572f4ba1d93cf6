/**
 * Which of the device's voices reads a page's language (listen.ts). Pure: it sees voices as plain
 * objects, so it is tested without a browser. A voice's language is a BCP 47 tag as the platform
 * spells it (`en-GB`, `zh_CN` on Android, `cmn-Hans-CN`, `yue-HK`).
 */

/** The fields of a SpeechSynthesisVoice the choice needs. */
export interface VoiceLike {
  name: string;
  lang: string;
  voiceURI: string;
  default?: boolean;
  localService?: boolean;
}

/** A voice's language as `language-region`, lower case: Mandarin and Cantonese tags as `zh-…`. */
function normal(lang: string): string {
  const [language = '', ...rest] = lang.toLowerCase().replace(/_/g, '-').split('-');
  const region = rest.find((s) => /^([a-z]{2}|\d{3})$/.test(s)) ?? '';
  if (language === 'yue') return `zh-${region || 'hk'}`;
  if (language === 'cmn') return `zh-${region || (rest.includes('hant') ? 'tw' : 'cn')}`;
  return region ? `${language}-${region}` : language;
}

/**
 * The voice languages that may read a page language, best first: Simplified Chinese is read by
 * a mainland (or Singapore) voice; Traditional by a Taiwan or Hong Kong one, else a mainland one;
 * any other language by a voice of that language, whatever its region.
 * @example voiceLanguages('zh-Hant') // ['zh-tw', 'zh-hk', 'zh-mo', 'zh-cn', 'zh-sg', 'zh']
 */
export function voiceLanguages(pageLang: string): string[] {
  const tag = pageLang.toLowerCase();
  const [language = ''] = tag.split('-');
  if (language !== 'zh') return [language];
  const mainland = ['zh-cn', 'zh-sg', 'zh'];
  return /hant|-tw|-hk|-mo/.test(tag) ? ['zh-tw', 'zh-hk', 'zh-mo', ...mainland] : mainland;
}

/** The voices that may read a page language, best first (by region, then the device's default, then local ones). */
export function voicesFor<V extends VoiceLike>(voices: readonly V[], pageLang: string): V[] {
  const wanted = voiceLanguages(pageLang);
  const rank = (v: V) => {
    const lang = normal(v.lang);
    const exact = wanted.indexOf(lang);
    return exact >= 0 ? exact : wanted.length === 1 && lang.split('-')[0] === wanted[0] ? 0 : -1;
  };
  return voices
    .map((v) => ({ v, r: rank(v) }))
    .filter(({ r }) => r >= 0)
    .sort((a, b) => a.r - b.r || Number(!!b.v.default) - Number(!!a.v.default) || Number(!!b.v.localService) - Number(!!a.v.localService))
    .map(({ v }) => v);
}

/** The voice to read a page language with: the remembered one while the device has it, else the best. */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], pageLang: string, remembered?: string | null): V | undefined {
  const fit = voicesFor(voices, pageLang);
  return fit.find((v) => v.voiceURI === remembered) ?? fit[0];
}

/** The reading speeds offered, slowest first; 1 is the voice's own. */
export const RATES = [0.75, 1, 1.25, 1.5] as const;

/** A remembered speed, if it is one of RATES, else 1. */
export function rateOf(value: string | null | undefined): number {
  return RATES.find((r) => String(r) === value) ?? 1;
}
