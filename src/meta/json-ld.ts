import { isoDate } from '../content/dates.ts';
import { convertedFrom, langTag, localeKeys, sourceLocale, type Locale } from '../i18n/locales.ts';
import { absoluteUrl, articlePath, cardPath, type SiteConfig } from '../i18n/urls.ts';
import type { ArticleFacts } from './page-facts.ts';

/**
 * schema.org `Article` for one language version: what it is, where it is and what it is based on
 * (the source and its publisher). The original names its translations (`workTranslation`), and
 * each translation its original (`translationOfWork`). A translation in another script (the
 * Traditional Chinese one) is also an edition of the translation it is converted from: it names
 * that one as `exampleOfWork`, and that one names it as `workExample`.
 */
export function articleJsonLd(config: SiteConfig, article: ArticleFacts, locale: Locale): Record<string, unknown> {
  const version = article.versions[locale]!;
  const url = (l: Locale) => absoluteUrl(config.site, config.base, articlePath(l, article.slug));
  const ref = (l: Locale) => ({
    '@type': 'Article',
    '@id': url(l),
    url: url(l),
    headline: article.versions[l]!.title,
    inLanguage: langTag(l),
  });
  const translations = localeKeys.filter((l) => l !== sourceLocale && article.versions[l]);
  const links =
    locale !== sourceLocale
      ? { translationOfWork: ref(sourceLocale) }
      : translations.length
        ? { workTranslation: translations.map(ref) }
        : {};
  const from = convertedFrom(locale);
  const editions = localeKeys.filter((l) => convertedFrom(l) === locale && article.versions[l]);
  const sameTranslation =
    from && article.versions[from] ? { exampleOfWork: ref(from) } : editions.length ? { workExample: editions.map(ref) } : {};
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': url(locale),
    url: url(locale),
    headline: version.title,
    description: version.description,
    inLanguage: langTag(locale),
    datePublished: isoDate(version.published),
    image: absoluteUrl(config.site, config.base, cardPath(locale, article.slug)),
    isBasedOn: version.source.url,
    publisher: { '@type': 'Organization', name: version.source.publisher },
    ...links,
    ...sameTranslation,
  };
}

/**
 * JSON for a `<script type="application/ld+json">` element: `<` is escaped, so that no text in
 * it (a title with `</script>`) can end the element early.
 */
export function jsonLdHtml(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
