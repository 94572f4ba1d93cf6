/**
 * The home page sends the reader to their language: the one they chose before, else the first
 * of the browser's languages the site has. Without JavaScript the page offers every language.
 */
import { pickLocale } from '../lib/negotiate.ts';
import { LOCALE_KEY, recall } from './storage.ts';

const targets = JSON.parse(document.querySelector<HTMLElement>('[data-locales]')?.dataset['locales'] ?? '{}');
const locale = pickLocale(recall(LOCALE_KEY), navigator.languages);
if (targets[locale]) location.replace(targets[locale]);
