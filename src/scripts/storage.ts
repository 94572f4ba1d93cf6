/**
 * Keys of what the page remembers: in localStorage, the reader's chosen interface language, view
 * (`single` or `bilingual`) and layout of the bilingual view (`sides` or `sentences`); in
 * sessionStorage, for the page a view link leads to, the place the reader was at. (The text size's
 * key is in site/text-size.ts, which the page's head script shares.)
 */
export const LOCALE_KEY = 'locale';
export const VIEW_KEY = 'view';
export const LAYOUT_KEY = 'layout';
export const PLACE_KEY = 'place';
/** The player's speed, its order in the bilingual views (`en` or `zh` first) and its voice for a language tag. */
export const RATE_KEY = 'listen-rate';
export const ORDER_KEY = 'listen-order';
export const voiceKey = (tag: string) => `listen-voice-${tag}`;
/** Whether the learner's tools are open (`open`) and pinyin shown (`on`/`off`). */
export const LEARN_KEY = 'learn';
export const PINYIN_KEY = 'pinyin';

type Area = 'localStorage' | 'sessionStorage';

/** Reads a remembered value; storage can be off (private mode), and then nothing is remembered. */
export function recall(key: string, area: Area = 'localStorage'): string | null {
  try {
    return window[area].getItem(key);
  } catch {
    return null;
  }
}

export function remember(key: string, value: string, area: Area = 'localStorage'): void {
  try {
    window[area].setItem(key, value);
  } catch {
    // Nothing to do: the choice still works, it is just not remembered.
  }
}
