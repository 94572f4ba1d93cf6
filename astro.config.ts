import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { langTag, localeKeys, sourceLocale } from './src/i18n/locales.ts';
import { outDir } from './src/lib/folders.ts';
import rehypeCjkPunctuation from './src/markdown/rehype-cjk-punctuation.ts';

/** Where the site is published; SITE_URL and BASE_PATH override them for another host or a sub-path. */
const site = process.env['SITE_URL'] || 'https://bilingual-articles.example.org';
const base = process.env['BASE_PATH'] || '/';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  // Styles inline: an article's first view is its HTML and one script, nothing render-blocking.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: localeKeys,
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSlug, rehypeCjkPunctuation],
    }),
  },
  integrations: [
    sitemap({
      i18n: {
        defaultLocale: sourceLocale,
        locales: Object.fromEntries(localeKeys.map((l) => [l, langTag(l)])),
      },
    }),
  ],
});
