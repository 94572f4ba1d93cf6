/** Which preview cards the site has, and what each shows: its text, from the article's frontmatter, and its language. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { articleFolders } from '../content/article-files.ts';
import { overridesFileFor } from '../content/folders.ts';
import { buildDay, scheduledFor } from '../content/schedule.ts';
import { articleSchema, type ArticleData } from '../content/schema.ts';
import { readOverrides } from '../editions/traditional-overrides.ts';
import { toTraditional, traditionalData, type Convert } from '../editions/traditional.ts';
import { convertedFrom, isLocale, langTag, localeKeys, type Locale } from '../i18n/locales.ts';
import { cardPath } from '../i18n/urls.ts';
import { articleCard, listCard } from '../meta/card.ts';
import type { Card } from './card-worker.ts';

const CARD = /^\/([^/]+)\/(?:([^/]+)\/)?card\.png$/;

/** The Traditional Chinese converter with a content folder's overrides, made again when they change. */
let converter: { overrides: string; convert: Convert } | undefined;
function convertFor(contentDir: string): Convert {
  const { text, overrides } = readOverrides(overridesFileFor(contentDir));
  if (converter?.overrides !== text) converter = { overrides: text, convert: toTraditional(overrides) };
  return converter.convert;
}

/**
 * The frontmatter of an article in a language: from its own file or, for a language converted from
 * another (Traditional Chinese) that has none, that language's file, converted. Undefined when there
 * is no such file, or when its frontmatter does not parse or pass the schema (the content check and
 * the build report it).
 */
function articleData(contentDir: string, slug: string, lang: Locale): ArticleData | undefined {
  const own = join(contentDir, slug, `${lang}.md`);
  const from = convertedFrom(lang);
  const file = existsSync(own) || !from ? own : join(contentDir, slug, `${from}.md`);
  if (!existsSync(file)) return undefined;
  let frontmatter: unknown;
  try {
    frontmatter = parseFrontmatter(readFileSync(file, 'utf8')).frontmatter;
  } catch {
    return undefined;
  }
  const data = articleSchema.safeParse(frontmatter);
  if (!data.success) return undefined;
  return file === own ? data.data : traditionalData(data.data, convertFor(contentDir));
}

/** What a card shows, and its language: an article's card, or without one the language's list card. */
function cardIn(lang: Locale, data?: ArticleData): Card {
  return { content: data ? articleCard(data, lang) : listCard(lang), lang: langTag(lang) };
}

/** The card at a site path: what it shows and its language; undefined when there is no such card. */
export function cardAt(contentDir: string, path: string): Card | undefined {
  const [, lang, slug] = CARD.exec(path) ?? [];
  if (!isLocale(lang)) return undefined;
  if (!slug) return cardIn(lang);
  const data = articleData(contentDir, slug, lang);
  return data && cardIn(lang, data);
}

/**
 * Every card a build publishes, at its path: each language's list, and each article in each
 * language it has (whose frontmatter passes), but for scheduled articles (see schedule.ts), dated
 * after `day`. Each language's frontmatter is read (and converted) once.
 */
export function siteCards(contentDir: string, day = buildDay()): { path: string; card: Card }[] {
  return [
    ...localeKeys.map((l) => ({ path: cardPath(l), card: cardIn(l) })),
    ...articleFolders(contentDir).flatMap(({ slug, locales }) => {
      const articles = locales.flatMap((l) => {
        const data = articleData(contentDir, slug, l);
        return data ? [{ lang: l, data }] : [];
      });
      if (scheduledFor(articles.map(({ data }) => data.published), day)) return [];
      return articles.map(({ lang, data }) => ({ path: cardPath(lang, slug), card: cardIn(lang, data) }));
    }),
  ];
}
