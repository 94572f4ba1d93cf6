import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { langTag, localeKeys, type Locale } from '../../src/i18n/locales.ts';
import { localeFromPath, stripBase, withBase } from '../../src/i18n/urls.ts';

/** One HTML page of the built site. */
export interface SitePage {
  /** Its file, relative to the output folder: `en/my-article/index.html`, `404.html`. */
  file: string;
  /** Its URL path, with the base: `/en/my-article/`, `/404.html`. */
  path: string;
  html: string;
  tree: Root;
}

/** The built site as the checks see it: its pages and every file it has. */
export interface Site {
  base: string;
  /** The URL the site is published at (`site` in astro.config.ts), for absolute links to itself. */
  origin: string;
  pages: SitePage[];
  /** Every file, relative to the output folder. */
  files: Set<string>;
}

/**
 * The URL path a file is served at, with the base.
 * @example pagePath('/', 'en/a/index.html') // '/en/a/'
 */
export function pagePath(base: string, file: string): string {
  return withBase(base, file === 'index.html' ? '/' : `/${file.replace(/(^|\/)index\.html$/, '/')}`);
}

/** decodeURIComponent, or undefined for malformed percent-encoding. */
export function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s);
  } catch {
    return undefined;
  }
}

/** What a page is, from its path: the home page, a language's list, its search page, an article, its bilingual view, the 404. */
export type PageKind = 'home' | 'list' | 'search' | 'article' | 'bilingual' | 'not-found' | 'other';

/** The kind of page at a URL path (with the base). @example pageKind('/', '/zh/a/') // 'article' */
export function pageKind(base: string, path: string): PageKind {
  const sitePath = stripBase(base, path) ?? path;
  if (sitePath === '/') return 'home';
  if (sitePath === '/404.html') return 'not-found';
  const segments = sitePath.split('/').filter(Boolean);
  if (!localeFromPath(sitePath)) return 'other';
  if (segments.length === 1) return 'list';
  if (segments.length === 2) return segments[1] === 'search' ? 'search' : 'article';
  // The bilingual view, in either layout (side by side, or sentence by sentence at …/bilingual/sentences/).
  const bilingual = segments[2] === 'bilingual' && (segments.length === 3 || (segments.length === 4 && segments[3] === 'sentences'));
  return bilingual ? 'bilingual' : 'other';
}

/** The language of a page from its path; the home and 404 pages belong to none. */
export function pageLocale(base: string, path: string): Locale | undefined {
  return localeFromPath(stripBase(base, path) ?? path);
}

/** The site's language whose BCP 47 tag this is. */
export function localeOfTag(tag: string | undefined): Locale | undefined {
  return localeKeys.find((l) => langTag(l) === tag);
}

/** A page's root `<html>` element. */
export function htmlElement(page: SitePage): Element | undefined {
  return page.tree.children.find((n): n is Element => n.type === 'element' && n.tagName === 'html');
}

/** A page's `<html lang>`. */
export function htmlLang(page: SitePage): string | undefined {
  const lang = htmlElement(page)?.properties['lang'];
  return typeof lang === 'string' ? lang : undefined;
}

/** Every element of a tree, in document order, with the nearest `lang` that applies to it. */
export function* elements(tree: Root, lang?: string): Generator<{ node: Element; lang: string | undefined }> {
  const walk = function* (nodes: Root['children'], inherited: string | undefined): Generator<{ node: Element; lang: string | undefined }> {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const own = node.properties['lang'];
      const effective = typeof own === 'string' ? own : inherited;
      yield { node, lang: effective };
      yield* walk(node.tagName === 'template' ? [] : node.children, effective);
    }
  };
  yield* walk(tree.children, lang);
}

/** A site from pages given as HTML: the files `readSite` read, or samples and planted copies in tests. */
export function siteFromHtml(options: { base?: string; origin?: string; pages: Record<string, string>; files?: string[] }): Site {
  const base = options.base ?? '/';
  const pages = Object.entries(options.pages).map(([file, html]) => ({
    file,
    path: pagePath(base, file),
    html,
    tree: fromHtml(html),
  }));
  const files = new Set([...Object.keys(options.pages), ...(options.files ?? [])]);
  return { base, origin: options.origin ?? 'https://example.org', pages, files };
}

/** Reads a built site: every file under the output folder, and every HTML page parsed. */
export async function readSite(dir: string, options: { base: string; origin: string }): Promise<Site> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
  const pages: Record<string, string> = {};
  for (const file of files.filter((f) => f.endsWith('.html'))) pages[file] = await readFile(join(dir, file), 'utf8');
  return siteFromHtml({ ...options, pages, files });
}
