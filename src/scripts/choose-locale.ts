/**
 * The home page sends the reader to their language: the one they chose before, else the first
 * of the browser's languages the site has. Without JavaScript the page offers every language.
 */
import { LOCALE_KEY } from './storage.ts';
import { pickLocale } from '../lib/negotiate.ts';

const targets = JSON.parse(document.querySelector<HTMLElement>('[data-locales]')?.dataset['locales'] ?? '{}');
let remembered: string | null = null;
try {
  remembered = localStorage.getItem(LOCALE_KEY);
} catch {
  // Storage can be off; fall back to the browser's languages.
}
const locale = pickLocale(remembered, navigator.languages);
if (targets[locale]) location.replace(targets[locale]);
