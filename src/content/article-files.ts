import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertedFrom, isLocale, localeKeys, sourceLocale, type Locale } from '../i18n/locales.ts';

/** An article file's place: which article (folder) and which language (file name). */
export interface ArticleFile {
  slug: string;
  locale: Locale;
}

/**
 * Reads the article slug and language from a content file path such as
 * `content/articles/my-article/zh.md`; throws a message naming the file otherwise.
 */
export function parseArticlePath(filePath: string): ArticleFile {
  const match = /(?:^|\/)([^/]+)\/([^/]+)\.md$/.exec(filePath);
  if (!match) throw new Error(`${filePath}: expected content/articles/<slug>/<language>.md`);
  const [, slug, lang] = match as unknown as [string, string, string];
  if (!isLocale(lang)) {
    throw new Error(
      `${filePath}: “${lang}” is not a language of this site. ` +
        `Name the file after one of: ${localeKeys.map((l) => `${l}.md`).join(', ')}.`,
    );
  }
  return { slug, locale: lang };
}

/**
 * The article folders of a content folder, each with the languages it is in: those it has a file
 * for, and those converted from one of them (Traditional Chinese from zh.md).
 */
export function articleFolders(contentDir: string): { slug: string; locales: Locale[] }[] {
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const files = new Set(readdirSync(join(contentDir, d.name)));
      const has = (l: Locale | undefined) => l !== undefined && files.has(`${l}.md`);
      return { slug: d.name, locales: localeKeys.filter((l) => has(l) || has(convertedFrom(l))) };
    });
}

/**
 * The site paths of the pages that stand in for missing translations (`/zh/<slug>/` for an
 * article without zh.md), read from the content folder: they stay out of the sitemap.
 */
export function untranslatedPaths(contentDir: string): string[] {
  return articleFolders(contentDir).flatMap(({ slug, locales }) =>
    locales.includes(sourceLocale) ? localeKeys.filter((l) => !locales.includes(l)).map((l) => `/${l}/${slug}/`) : [],
  );
}
