/**
 * The home page sends the reader to their language: the one they chose before, else the first
 * of the browser's languages the site has. Without JavaScript the page offers every language.
 * It acts only on the page that offers the languages (`[data-locales]`).
 */
import { LOCALE_KEY } from './storage.ts';
import { pickLocale } from '../lib/negotiate.ts';

const choice = document.querySelector<HTMLElement>('[data-locales]');
if (choice) {
  const targets = JSON.parse(choice.dataset['locales'] ?? '{}');
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(LOCALE_KEY);
  } catch {
    // Storage can be off; fall back to the browser's languages.
  }
  const locale = pickLocale(remembered, navigator.languages);
  if (targets[locale]) location.replace(targets[locale]);
}
