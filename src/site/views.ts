import { langTag, localeKeys, locales, partnerLocale, sameLanguage, type Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import { articlePath, bilingualPath, type LocalePaths } from '../i18n/urls.ts';

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
 * The language choices of a page that exists in the given languages: each labelled in its own
 * language (by default its name; `labels` can say more, such as that it is not translated yet).
 * A language written in several scripts is one choice, its first script's page, and the current
 * one on a page in any of them: the 简/繁 switch chooses the script.
 * @example languageChoices({ en: '/en/', zh: '/zh/' }, 'en') // [English (current), 中文 → /zh/]
 */
export function languageChoices(paths: LocalePaths, current: View, labels: LocalePaths = {}): Choice[] {
  return localeKeys.flatMap((l) => {
    const path = paths[l];
    if (!path || sameLanguage(l)[0] !== l) return [];
    const here = current !== 'bilingual' && sameLanguage(current).includes(l);
    // The current choice is labelled as the page's own script is.
    const shown = here ? current : l;
    const label = labels[shown] ?? locales[shown].label;
    return [{ view: l, label, path: here ? undefined : path, lang: here ? undefined : langTag(l), locale: l }];
  });
}

/**
 * The view choices of an article page: every language (one the article is not translated into
 * yet is labelled so, in that language), and the bilingual view in the page's interface language
 * when the article has one for it (see `partnerLocale`).
 */
export function articleChoices(
  slug: string,
  available: readonly Locale[],
  current: { view: View; locale: Locale },
  bilingualLabel: string,
): Choice[] {
  const paths = Object.fromEntries(localeKeys.map((l) => [l, articlePath(l, slug)]));
  const missing = Object.fromEntries(localeKeys.filter((l) => !available.includes(l)).map((l) => [l, ui[l]['toggle.untranslated']]));
  const choices = languageChoices(paths, current.view, missing);
  if (!partnerLocale(current.locale, available)) return choices;
  const here = current.view === 'bilingual';
  const path = here ? undefined : bilingualPath(current.locale, slug);
  return [...choices, { view: 'bilingual', label: bilingualLabel, path, lang: undefined, locale: current.locale }];
}
