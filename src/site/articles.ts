/**
 * Every article to publish, loaded once a build from the content collection: paired, scheduled
 * ones left out, links checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { getCollection } from 'astro:content';
import { parseArticlePath } from '../content/article-files.ts';
import { isoDate } from '../content/dates.ts';
import { basePath, cacheDirFor, contentDir, overridesFileFor } from '../content/folders.ts';
import { keyAt } from '../content/frontmatter.ts';
import { throwIfBroken } from '../content/loader.ts';
import { buildDay, scheduledFor } from '../content/schedule.ts';
import { readOverrides } from '../editions/traditional-overrides.ts';
import { toTraditional, type Convert } from '../editions/traditional.ts';
import type { Locale } from '../i18n/locales.ts';
import { fileOf, pairArticle, type Article, type Entry } from './article.ts';
import { KeptArticles } from './kept-articles.ts';
import { checkLinks } from './link-check.ts';
import { publish } from './published.ts';

/**
 * Whether this runs in the dev server (Vite's mode), not in a build, whatever NODE_ENV says
 * (`import.meta.env.DEV` and `PROD` follow it): the dev server shows scheduled articles, and
 * serves as routes what a build writes beside its pages.
 */
export const devServer = import.meta.env.MODE === 'development';

/** What the build says of a scheduled article, naming the file with the latest date and its line. */
function scheduledWarning(article: Article, day: string, today: string): string {
  const file = Object.values(article.versions).find((v) => isoDate(v.published) === day)!.file;
  const { line } = keyAt(parseFrontmatter(readFileSync(file, 'utf8')).rawFrontmatter, ['published']);
  return (
    `${file}:${line}: published: ${day} is after today (${today}): the article is scheduled. ` +
    (devServer ? 'The dev server shows it; builds leave it out until that day.' : 'This build leaves it out; a build on or after that day publishes it.') +
    ' If the date is a mistake, write the source’s publication date.'
  );
}

let cache: { key: string; articles: Promise<Article[]> } | undefined;

/** Articles paired between two turns of the event loop: about 50 ms of work when none is kept. */
const YIELD_EVERY = 10;

/**
 * Every article to publish, paired and checked (structure, links), newest first: in a build,
 * without the scheduled ones (see schedule.ts), which are paired and checked all the same.
 * Computed once per build; in the dev server, again whenever the content changes.
 */
export async function getArticles(): Promise<Article[]> {
  if (cache && import.meta.env.PROD) return cache.articles;
  const entries = await getCollection('articles');
  const parsed = readOverrides(overridesFileFor(contentDir));
  if (parsed.problems.length) throw new Error(`Phrase overrides:\n${parsed.problems.join('\n')}`);
  const overrides = { key: parsed.text, convert: toTraditional(parsed.overrides) };
  const key = entries.map((e) => e.digest).join('|') + parsed.text;
  if (cache?.key === key) return cache.articles;
  // Kept as a promise: pages that ask while the articles are being paired wait for the same work.
  cache = { key, articles: publishable(entries, overrides) };
  return cache.articles;
}

/** The entries' articles, paired, without the scheduled ones in a build, and checked (see `getArticles`). */
async function publishable(entries: Entry[], overrides: { key: string; convert: Convert }): Promise<Article[]> {
  const bySlug = new Map<string, Partial<Record<Locale, Entry>>>();
  for (const entry of entries) {
    throwIfBroken(entry.data);
    const { slug, locale } = parseArticlePath(fileOf(entry));
    bySlug.set(slug, { ...bySlug.get(slug), [locale]: entry });
  }
  const kept = new KeptArticles(join(cacheDirFor(contentDir, basePath), 'articles'));
  const paired: Article[] = [];
  for (const [slug, files] of bySlug) {
    paired.push(await pairArticle(slug, files, overrides, kept));
    // Pairing a thousand articles takes seconds: the event loop gets a turn now and then, so that
    // the card threads (integrations/card-pool.ts) get their next batch meanwhile.
    if (paired.length % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  const all = paired.sort((a, b) => b.original.published.getTime() - a.original.published.getTime() || a.slug.localeCompare(b.slug));
  // A build asks for every article: what it did not ask for is of no use any more.
  if (!devServer) kept.prune();
  const today = buildDay();
  const scheduled = new Map<Article, string>();
  for (const article of all) {
    const day = scheduledFor(Object.values(article.versions).map((v) => v.published), today);
    if (!day) continue;
    console.warn(scheduledWarning(article, day, today));
    if (!devServer) scheduled.set(article, day);
  }
  const articles = all.filter((article) => !scheduled.has(article));
  // Published articles link only to published pages; scheduled ones may link to each other too.
  checkLinks(articles, articles, scheduled);
  checkLinks([...scheduled.keys()], all);
  if (!devServer) publish(articles);
  return articles;
}
