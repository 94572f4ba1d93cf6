import { langTag, localeKeys, sourceLocale } from '../i18n/locales.ts';
import { absoluteUrl, indexPath, type LocalePaths, type SiteConfig } from '../i18n/urls.ts';

export interface Alternate {
  hreflang: string;
  href: string;
}

/**
 * The `x-default` target of a page: for the language lists, the home page (which picks the
 * reader's language); for any other page, its version in the original language.
 * @example xDefaultPath({ en: '/en/', zh: '/zh/' }) // '/'
 */
export function xDefaultPath(paths: LocalePaths): string | undefined {
  const original = paths[sourceLocale];
  return original === indexPath(sourceLocale) ? '/' : original;
}

/**
 * `<link rel="alternate" hreflang>` targets for a page: one per language it exists in,
 * plus `x-default` (see `xDefaultPath`).
 */
export function alternates(config: SiteConfig, paths: LocalePaths): Alternate[] {
  const links = localeKeys.flatMap((l) => {
    const path = paths[l];
    return path ? [{ hreflang: langTag(l), href: absoluteUrl(config.site, config.base, path) }] : [];
  });
  const defaultPath = xDefaultPath(paths);
  if (defaultPath) links.push({ hreflang: 'x-default', href: absoluteUrl(config.site, config.base, defaultPath) });
  return links;
}
