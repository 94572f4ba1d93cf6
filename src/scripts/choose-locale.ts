/**
 * The home page sends the reader to their language: the one they chose before, else the first
 * of the browser's languages the site has. Without JavaScript the page offers every language.
 * It acts only on the page that offers the languages: the home page's chooser (`[data-locales]`),
 * a child of `<main>` (see dom.ts).
 */
import { pickLocale } from '../i18n/negotiate.ts';
import { main } from './dom.ts';
import { LOCALE_KEY, recall } from './storage.ts';

const choice = main?.querySelector<HTMLElement>(':scope > [data-locales]');
if (choice) {
  const targets = JSON.parse(choice.dataset['locales'] ?? '{}');
  const locale = pickLocale(recall(LOCALE_KEY), navigator.languages, Object.keys(targets));
  if (targets[locale]) location.replace(targets[locale]);
}
