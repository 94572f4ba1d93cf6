import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { localeKeys, sourceLocale } from './src/i18n/locales.ts';
import { untranslatedPaths } from './src/content/article-files.ts';
import { basePath as base, cacheDirFor, contentDir, outDir } from './src/content/folders.ts';
import { sizeScript } from './src/site/text-size.ts';
import { stripBase } from './src/i18n/urls.ts';
import { markdownConfig } from './src/markdown/pipeline.ts';
import { previewCards } from './src/integrations/cards.ts';
import { buildHeap } from './src/integrations/environment.ts';
import { keptPages } from './src/integrations/kept-pages.ts';
import { learnerLayers } from './src/integrations/learner-layers.ts';
import { unwatched } from './src/integrations/output.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { withAlternates } from './src/meta/sitemap.ts';

/** Where the site is published; SITE_URL overrides it for another host (and BASE_PATH the base, for a sub-path). */
const site = process.env['SITE_URL'] || 'https://bilingual-articles.example.org';

const untranslated = new Set(untranslatedPaths(contentDir));
/** The URLs the sitemap lists, as its filter passes them. */
const sitemapPages = new Set<string>();

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir: cacheDirFor(contentDir, base),
  trailingSlash: 'always',
  // Styles inline: an article's first view is its HTML and one script, nothing render-blocking.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Scripts inline too, whatever their size (Vite's default stops at 4 KB): a page's first view is
  // one request. The tests hold the article pages' script to 2 KB gzip. A script that imports
  // another as it runs (the search page's) stays a file: Vite's loader for that works only there.
  // What the page does beyond its first view (scripts/reading.ts) is a module of its own, loaded
  // once the page has, bundled as Vite bundles a worker: `?worker&url` gives its file's URL.
  vite: {
    build: { assetsInlineLimit: (file: string, content: Buffer) => (file.endsWith('.js') ? !/\bimport\(/.test(content.toString()) : undefined) },
    worker: { format: 'es' },
    // The dev server does not walk and watch the site's builds: see `unwatched`.
    server: { watch: { ignored: unwatched(outDir, process.cwd()) } },
  },
  i18n: {
    locales: localeKeys,
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // The site's plugins, raw HTML sanitised first; `npm run check` renders with the same.
  markdown: markdownConfig(base),
  security: {
    // A <meta> policy with hashes of the page's scripts and styles (trimmed to the page's own as it
    // is rendered, by src/middleware.ts); 'self' for the bundled files.
    // connect-src 'self': the site fetches nothing, but Lighthouse fetches /robots.txt from the page.
    // Directives a <meta> policy ignores (frame-ancestors) are sent as headers: public/_headers.
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
      ],
      // The one script Astro does not bundle: an article's text size, set before it renders.
      scriptDirective: { hashes: [`sha256-${createHash('sha256').update(sizeScript).digest('base64')}`] },
    },
  },
  experimental: {
    // A page whose getStaticPaths gives it a cacheKey (site/routes.ts) is copied from the build
    // before when neither its data nor its code changed, instead of being rendered again (linked
    // into the new build by keptPages, first of the integrations).
    incrementalBuild: true,
    // The content store in parts of 1 MiB, each a file named by its content, rather than one file:
    // after an edit, the dev server writes and loads again only the parts that changed.
    collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 },
  },
  integrations: [
    keptPages(),
    previewCards(contentDir),
    searchIndex(contentDir),
    // After the search index: the layers are made while it is written.
    learnerLayers(),
    sitemap({
      // Pages that stand in for a missing translation are not for search engines, nor is the
      // bilingual view's second layout, whose canonical URL is the first's. The pages listed are
      // collected for each entry's hreflang links (withAlternates).
      filter: (page) => {
        const listed = !untranslated.has(stripBase(base, new URL(page).pathname) ?? '') && !page.endsWith('/bilingual/sentences/');
        if (listed) sitemapPages.add(page);
        return listed;
      },
      serialize: (item) => withAlternates({ site, base }, item, sitemapPages),
    }),
    buildHeap(),
  ],
});
