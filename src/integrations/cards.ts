/**
 * The social preview cards, `/<lang>/card.png` and `/<lang>/<slug>/card.png`: drawn in worker
 * threads (card-worker.ts) and cached by what they show. A build starts drawing them all when it
 * starts, beside the rendering of pages, and links them into the site when the pages are done;
 * the dev server draws each when it is asked for.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stripBase } from '../i18n/urls.ts';
import { cardAt, siteCards } from './card-pages.ts';
import { BATCH, cardFiles, closePool, drawOnEveryProcessor } from './card-pool.ts';
import { linkFile } from './link-file.ts';

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
        const cards = siteCards(contentDir);
        drawing = [];
        for (let start = 0; start < cards.length; start += BATCH) {
          const batch = cards.slice(start, start + BATCH);
          const files = cardFiles(batch.map(({ card }) => card), cache);
          // A card that fails to draw fails the build when the cards are linked into the site.
          files.catch(() => {});
          drawing.push({ paths: batch.map(({ path }) => path), files });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) return;
        drawOnEveryProcessor();
        let count = 0;
        for (const { paths, files } of drawing) {
          for (const [i, file] of (await files).entries()) {
            await linkFile(file, fileURLToPath(new URL(`.${paths[i]}`, dir)));
            count++;
          }
        }
        logger.info(`${count} preview cards`);
        await closePool();
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
