import { describe, expect, it } from 'vitest';
import { pickVoice, rateOf, voiceLanguages, voicesFor, type VoiceLike } from '../../../src/scripts/voices.ts';

const voice = (name: string, lang: string, more: Partial<VoiceLike> = {}): VoiceLike => ({ name, lang, voiceURI: name, ...more });
const device = [
  voice('Daniel', 'en-GB'),
  voice('Samantha', 'en-US', { default: true }),
  voice('Ting-Ting', 'zh-CN'),
  voice('Mei-Jia', 'zh-TW'),
  voice('Sin-ji', 'zh-HK'),
  voice('Android Mandarin', 'zh_CN'),
  voice('Google Cantonese', 'yue-HK'),
  voice('Thomas', 'fr-FR'),
];
const names = (vs: VoiceLike[]) => vs.map((v) => v.name);

describe('voiceLanguages', () => {
  it('reads Traditional with a Taiwan or Hong Kong voice first, then a mainland one', () => {
    expect(voiceLanguages('zh-Hant')).toEqual(['zh-tw', 'zh-hk', 'zh-mo', 'zh-cn', 'zh-sg', 'zh']);
    expect(voiceLanguages('zh-TW')[0]).toBe('zh-tw');
  });
  it('reads Simplified with a mainland voice only', () => {
    expect(voiceLanguages('zh-CN')).toEqual(['zh-cn', 'zh-sg', 'zh']);
    expect(voiceLanguages('zh-Hans')).toEqual(['zh-cn', 'zh-sg', 'zh']);
  });
  it('reads English with any English voice', () => {
    expect(voiceLanguages('en')).toEqual(['en']);
  });
});

describe('voicesFor', () => {
  it('puts the device default first among voices of the language', () => {
    expect(names(voicesFor(device, 'en'))).toEqual(['Samantha', 'Daniel']);
  });
  it('orders Traditional voices by region, Cantonese tags as Hong Kong', () => {
    expect(names(voicesFor(device, 'zh-Hant'))).toEqual(['Mei-Jia', 'Sin-ji', 'Google Cantonese', 'Ting-Ting', 'Android Mandarin']);
  });
  it('gives Simplified the mainland voices, Android spellings included, and no Hong Kong one', () => {
    expect(names(voicesFor(device, 'zh-CN'))).toEqual(['Ting-Ting', 'Android Mandarin']);
  });
  it('gives nothing where the device has no voice of the language, never another language’s', () => {
    expect(voicesFor([voice('Daniel', 'en-GB')], 'zh-CN')).toEqual([]);
    expect(voicesFor([voice('Ting-Ting', 'zh-CN')], 'en')).toEqual([]);
  });
});

describe('pickVoice', () => {
  it('takes the remembered voice while the device has it', () => {
    expect(pickVoice(device, 'en', 'Daniel')?.name).toBe('Daniel');
  });
  it('takes the best voice when the remembered one is gone or of another language', () => {
    expect(pickVoice(device, 'en', 'Gone')?.name).toBe('Samantha');
    expect(pickVoice(device, 'zh-Hant', 'Daniel')?.name).toBe('Mei-Jia');
  });
  it('takes nothing without a voice of the language', () => {
    expect(pickVoice([], 'en')).toBeUndefined();
  });
});

describe('rateOf', () => {
  it('keeps an offered speed and falls back to 1 for anything else', () => {
    expect(rateOf('1.25')).toBe(1.25);
    expect(rateOf('3')).toBe(1);
    expect(rateOf(null)).toBe(1);
  });
});
