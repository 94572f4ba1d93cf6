/**
 * The home page sends the reader to their language: the one they chose before, else the first
 * of the browser's languages the site has. Without JavaScript the page offers every language.
 * It acts only on the page that offers the languages (`[data-locales]`).
 */
import { pickLocale } from '../lib/negotiate.ts';
import { LOCALE_KEY, recall } from './storage.ts';

const choice = document.querySelector<HTMLElement>('[data-locales]');
if (choice) {
  const targets = JSON.parse(choice.dataset['locales'] ?? '{}');
  const locale = pickLocale(recall(LOCALE_KEY), navigator.languages, Object.keys(targets));
  if (targets[locale]) location.replace(targets[locale]);
}
