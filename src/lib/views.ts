import { langTag, localeKeys, locales, type Locale } from '../i18n/locales.ts';
import type { LocalePaths } from './head.ts';
import { articlePath, bilingualPath } from './urls.ts';

/** How an article is shown: in one language, or both block by block. */
export type View = Locale | 'bilingual';

/** One choice of the view toggle. */
export interface Choice {
  view: View;
  label: string;
  /** Site path; absent on the current choice. */
  path: string | undefined;
  /** The label's language, when it is not the page's. */
  lang: string | undefined;
  /** The interface language the choice leads to (remembered for the home page). */
  locale: Locale;
}

/**
 * The language choices of a page that exists in the given languages: each labelled in its own language.
 * @example languageChoices({ en: '/en/', zh: '/zh/' }, 'en') // [English (current), 中文 → /zh/]
 */
export function languageChoices(paths: LocalePaths, current: View): Choice[] {
  return localeKeys.flatMap((l) => {
    const path = paths[l];
    if (!path) return [];
    const here = l === current;
    return [{ view: l, label: locales[l].label, path: here ? undefined : path, lang: here ? undefined : langTag(l), locale: l }];
  });
}

/**
 * The view choices of an article page: each language it exists in, and the bilingual view
 * (in the page's interface language) when it has every language.
 */
export function articleChoices(
  slug: string,
  available: readonly Locale[],
  current: { view: View; locale: Locale },
  bilingualLabel: string,
): Choice[] {
  const paths = Object.fromEntries(available.map((l) => [l, articlePath(l, slug)]));
  const choices = languageChoices(paths, current.view);
  if (available.length < localeKeys.length) return choices;
  const here = current.view === 'bilingual';
  const path = here ? undefined : bilingualPath(current.locale, slug);
  return [...choices, { view: 'bilingual', label: bilingualLabel, path, lang: undefined, locale: current.locale }];
}
