import { langTag, localeKeys, sourceLocale, type Locale } from '../i18n/locales.ts';
import { absoluteUrl } from './urls.ts';

/** The site paths of one page in each language it exists in. */
export type LocalePaths = Partial<Record<Locale, string>>;

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * `<link rel="alternate" hreflang>` targets for a page: one per language it exists in,
 * plus `x-default` (the original language's version, or `defaultPath` when given).
 */
export function alternates(
  config: { site: URL | string; base: string },
  paths: LocalePaths,
  defaultPath: string | undefined = paths[sourceLocale],
): Alternate[] {
  const links = localeKeys.flatMap((l) => {
    const path = paths[l];
    return path ? [{ hreflang: langTag(l), href: absoluteUrl(config.site, config.base, path) }] : [];
  });
  if (defaultPath) links.push({ hreflang: 'x-default', href: absoluteUrl(config.site, config.base, defaultPath) });
  return links;
}
