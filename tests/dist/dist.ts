import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import config from '../../astro.config.ts';
import { stripBase } from '../../src/i18n/urls.ts';
import { elements, readSite, type SitePage } from '../site/pages.ts';
import { pageFile } from '../../src/site/page-files.ts';

/** The output folder of the build (dist, or OUT_DIR), as astro.config.ts gives it. */
export const dist = config.outDir!;
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run \`npm run build\` first.`);

/** The built site, read as the checks of tests/site read it. */
export const site = await readSite(dist, { base: config.base!, origin: new URL(config.site!).origin });

/** What a page's HTML says about it, read as a crawler or a link preview reads it. */
export interface BuiltPage {
  /** The page's path in the site, without the base: `/zh/my-article/` (`/404.html` for the 404 page). */
  route: string;
  html: string;
  lang: string;
  title: string;
  description: string | undefined;
  robots: string | undefined;
  canonical: string | undefined;
  /** hreflang → href of `<link rel="alternate" hreflang>`. */
  alternates: Record<string, string>;
  feeds: { href: string; title: string }[];
  /** Open Graph (`property`) and Twitter (`name`) tags: key → contents, in order. */
  tags: Record<string, string[]>;
  /** The texts of `<script type="application/ld+json">`. */
  jsonLd: string[];
  /** Module scripts: `src` of external ones, text of inline ones. */
  scripts: { src: string | undefined; text: string }[];
  stylesheets: string[];
}

const attr = (el: Element, name: string) => {
  const value = el.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? undefined : String(value);
};

/** What one built page says about itself. */
function builtPage({ path, html, tree }: SitePage): BuiltPage {
  const all = [...elements(tree)].map(({ node }) => node);
  const rel = (el: Element) => attr(el, 'rel');
  const page: BuiltPage = {
    route: stripBase(site.base, path) ?? path,
    html,
    lang: attr(all.find((el) => el.tagName === 'html')!, 'lang') ?? '',
    title: toString(all.find((el) => el.tagName === 'title')!),
    description: undefined,
    robots: undefined,
    canonical: undefined,
    alternates: {},
    feeds: [],
    tags: {},
    jsonLd: [],
    scripts: [],
    stylesheets: [],
  };
  for (const el of all) {
    if (el.tagName === 'meta') {
      const key = attr(el, 'property') ?? attr(el, 'name');
      const content = attr(el, 'content') ?? '';
      if (key === 'description') page.description = content;
      else if (key === 'robots') page.robots = content;
      else if (key && key !== 'viewport') (page.tags[key] ??= []).push(content);
    } else if (el.tagName === 'link' && rel(el) === 'canonical') {
      page.canonical = attr(el, 'href');
    } else if (el.tagName === 'link' && rel(el) === 'alternate' && attr(el, 'type') === 'application/rss+xml') {
      page.feeds.push({ href: attr(el, 'href')!, title: attr(el, 'title')! });
    } else if (el.tagName === 'link' && rel(el) === 'alternate') {
      page.alternates[attr(el, 'hrefLang')!] = attr(el, 'href')!;
    } else if (el.tagName === 'link' && rel(el) === 'stylesheet') {
      page.stylesheets.push(attr(el, 'href')!);
    } else if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') {
      page.jsonLd.push(toString(el));
    } else if (el.tagName === 'script') {
      page.scripts.push({ src: attr(el, 'src'), text: toString(el) });
    }
  }
  return page;
}

/** Every page of the build. */
export const pages: BuiltPage[] = site.pages.map(builtPage);

/** The sentence-by-sentence layout of a bilingual view, whose canonical URL is the view's. */
export const isLayout = (p: BuiltPage) => p.route.endsWith('/bilingual/sentences/');

/** The pages meant to be found: all but those marked noindex (the 404 page) and the layouts that name another page as canonical. */
export const indexed = pages.filter((p) => p.robots !== 'noindex' && !isLayout(p));

/** The site's root URL, with its base, as the home page's canonical URL gives it. */
export const siteRoot = pages.find((p) => p.route === '/')!.canonical!;

/** The built file behind one of the site's absolute URLs. */
export function fileOf(url: string): string {
  const file = url.startsWith(siteRoot) ? pageFile(site.base, new URL(url).pathname) : undefined;
  if (file === undefined) throw new Error(`${url} is not under the site root ${siteRoot}`);
  return join(dist, file);
}

/** Reads a built text file by its absolute URL. */
export function readUrl(url: string): string {
  return readFileSync(fileOf(url), 'utf8');
}

/** Decodes the entities XML writers use in text. */
export function xmlText(s: string): string {
  return s
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
