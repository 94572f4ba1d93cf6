/**
 * The social preview cards, `/<lang>/card.png` and `/<lang>/<slug>/card.png`: drawn in worker
 * threads (card-worker.ts) and cached by what they show. A build starts drawing them all when it
 * starts, beside the rendering of pages, and copies them into the site when the pages are done;
 * the dev server draws each when it is asked for.
 */
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { Card, CardTask } from './card-worker.ts';
import { convertedFrom, isLocale, langTag, localeKeys, type Locale } from '../i18n/locales.ts';
import { articleFolders } from '../content/article-files.ts';
import { articleCard, listCard } from '../meta/card.ts';
import { overridesFileFor } from '../content/folders.ts';
import { buildDay, scheduledFor } from '../content/schedule.ts';
import { articleSchema, type ArticleData } from '../content/schema.ts';
import { toTraditional, traditionalData, type Convert } from '../editions/traditional.ts';
import { readOverrides } from '../editions/traditional-overrides.ts';
import { cardPath, stripBase } from '../i18n/urls.ts';

const CARD = /^\/([^/]+)\/(?:([^/]+)\/)?card\.png$/;

/** The Traditional Chinese converter with a content folder's overrides, made again when they change. */
let converter: { overrides: string; convert: Convert } | undefined;
function convertFor(contentDir: string): Convert {
  const { text, overrides } = readOverrides(overridesFileFor(contentDir));
  if (converter?.overrides !== text) converter = { overrides: text, convert: toTraditional(overrides) };
  return converter.convert;
}

/**
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

/** The card at a site path: what it shows and its language; undefined when there is no such card. */
export function cardAt(contentDir: string, path: string): Card | undefined {
  const [, lang, slug] = CARD.exec(path) ?? [];
  if (!isLocale(lang)) return undefined;
  if (!slug) return { content: listCard(lang), lang: langTag(lang) };
  const data = articleData(contentDir, slug, lang);
  return data && { content: articleCard(data, lang), lang: langTag(lang) };
}

/**
 * The paths of every card a build publishes: each language's list, and each article in each
 * language it has, but for scheduled articles (see schedule.ts), dated after `day`.
 */
export function cardPaths(contentDir: string, day = buildDay()): string[] {
  return [
    ...localeKeys.map((l) => cardPath(l)),
    ...articleFolders(contentDir).flatMap(({ slug, locales }) => {
      const dates = locales.flatMap((l) => articleData(contentDir, slug, l)?.published ?? []);
      return scheduledFor(dates, day) ? [] : locales.map((l) => cardPath(l, slug));
    }),
  ];
}

/**
 * How many batches of cards are drawn at once, each by a worker thread: one while the pages
 * render beside it, then one per processor (at most four) once the pages are written.
 */
const drawers = pLimit(1);
const MAX_DRAWERS = Math.min(4, availableParallelism());
/**
 * Cards a worker draws in turn before it reports back: the main thread, busy rendering pages,
 * would otherwise keep it waiting between cards.
 */
const BATCH = 20;

let pool: Piscina<CardTask, string[]> | undefined;

/** The cached PNG files of cards, drawn by a worker thread unless they were drawn before. */
function cardFiles(cards: Card[], cache: string): Promise<string[]> {
  const workers = (pool ??= new Piscina({
    filename: fileURLToPath(new URL('./card-worker.ts', import.meta.url)),
    minThreads: 1,
    maxThreads: MAX_DRAWERS,
    // Drawing keeps under 25 MB alive (every font slice loaded): small heaps keep each thread's
    // memory down, at no cost in time.
    resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 4 },
  }));
  return drawers(() => workers.run({ cards, cache }));
}

/** The integration that puts the cards into the site (build) or serves them (dev server). */
export function previewCards(contentDir: string): AstroIntegration {
  /** The site's cards as they are being drawn: batches of paths, and the promise of their files. */
  let drawing: { paths: string[]; files: Promise<string[]> }[] | undefined;
  /** The cache of cards: in Astro's cache folder, which is one per content folder. */
  let cache = '';
  return {
    name: 'preview-cards',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        cache = fileURLToPath(new URL('cards/', config.cacheDir));
        if (command !== 'build') return;
        const cards = cardPaths(contentDir).flatMap((path) => {
          const card = cardAt(contentDir, path);
          return card ? [{ path, card }] : [];
        });
        drawing = [];
        for (let start = 0; start < cards.length; start += BATCH) {
          const batch = cards.slice(start, start + BATCH);
          const files = cardFiles(batch.map(({ card }) => card), cache);
          // A card that fails to draw fails the build when the cards are copied.
          files.catch(() => {});
          drawing.push({ paths: batch.map(({ path }) => path), files });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        drawers.concurrency = MAX_DRAWERS;
        let count = 0;
        for (const { paths, files } of drawing) {
          for (const [i, file] of (await files).entries()) {
            const target = fileURLToPath(new URL(`.${paths[i]}`, dir));
            await mkdir(dirname(target), { recursive: true });
            await copyFile(file, target);
            count++;
          }
        }
        logger.info(`${count} preview cards`);
        await pool?.destroy();
      },
      'astro:server:setup': ({ server }) => {
        const base = server.config.base;
        server.middlewares.use((request, response, next) => {
          const path = stripBase(base, new URL(request.url ?? '/', 'http://dev').pathname);
          const card = path && cardAt(contentDir, path);
          if (!card) return next();
          cardFiles([card], cache)
            .then(([file]) => readFile(file!))
            .then((png) => response.writeHead(200, { 'Content-Type': 'image/png' }).end(png), next);
        });
      },
    },
  };
}
