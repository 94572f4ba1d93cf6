import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import { langTag, localeKeys, sourceLocale } from './src/i18n/locales.ts';
import { rehypeSafeHtml } from './src/lib/safe-html.ts';

/** Where the site is published; SITE_URL and BASE_PATH override them for another host or a sub-path. */
const site = process.env['SITE_URL'] || 'https://bilingual-articles.example.org';
const base = process.env['BASE_PATH'] || '/';
/** Where the build writes; a second build (tests, safe builds) can go elsewhere. */
const outDir = process.env['OUT_DIR'] || './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: localeKeys,
    defaultLocale: sourceLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  markdown: {
    // Shiki's inline styles would need 'unsafe-inline' styles; code blocks stay plain.
    syntaxHighlight: false,
    processor: unified({
      remarkPlugins: [remarkGfm],
      rehypePlugins: [rehypeSafeHtml, rehypeSlug],
    }),
  },
  security: {
    // A <meta> policy with hashes of every script and style Astro emits; 'self' for the bundled files.
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
    },
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
