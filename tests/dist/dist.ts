import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/**
 * The built site, read as a crawler or a link preview reads it. DIST_DIR points the checks at
 * another build than dist/ (OUT_DIR of the build).
 */
export const dist = process.env['DIST_DIR'] || 'dist';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html is missing: run \`npm run build\` first.`);

/** What a page's HTML says about it. */
export interface BuiltPage {
  /** The page's path in the build, e.g. `/zh/my-article/` (`/404.html` for the 404 page). */
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

function elements(node: Root | Element): Element[] {
  return node.children.flatMap((child: RootContent) =>
    child.type === 'element' ? [child, ...elements(child)] : [],
  );
}

const attr = (el: Element, name: string) => {
  const value = el.properties[name];
  return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? undefined : String(value);
};

/** Reads one built HTML file. */
export function readPage(file: string): BuiltPage {
  const html = readFileSync(file, 'utf8');
  const all = elements(fromHtml(html));
  const rel = (el: Element) => attr(el, 'rel');
  const page: BuiltPage = {
    route: `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, ''),
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

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '_astro' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** Every page of the build. */
export const pages: BuiltPage[] = htmlFiles(dist).map(readPage);

/** The pages meant to be found: all but those marked noindex (the 404 page). */
export const indexed = pages.filter((p) => p.robots !== 'noindex');

/** The site's root URL, with its base, as the home page's canonical URL gives it. */
export const siteRoot = pages.find((p) => p.route === '/')!.canonical!;

/** The built file behind one of the site's absolute URLs. */
export function fileOf(url: string): string {
  if (!url.startsWith(siteRoot)) throw new Error(`${url} is not under the site root ${siteRoot}`);
  const path = decodeURI(url.slice(siteRoot.length));
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
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
