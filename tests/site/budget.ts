import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toString } from 'hast-util-to-string';
import { pageFile } from '../../src/site/page-files.ts';
import { elements, type SitePage } from './pages.ts';

/** The first view's limits: one TCP round trip's worth of bytes (about 14 KB), one request (styles and script inline), little script. */
export const BUDGET = { gzip: 14 * 1024, requests: 1, jsGzip: 2 * 1024 };

/** One file the browser fetches for a page's first view. */
export interface Resource {
  /** Its file in the output folder (the page's own HTML first). */
  file: string;
  kind: 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
  raw: number;
  gzip: number;
  text: string;
}

function kindOf(file: string): Resource['kind'] {
  const ext = /\.(\w+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
  if (ext === 'html') return 'html';
  if (ext === 'css') return 'css';
  if (ext === 'js' || ext === 'mjs') return 'js';
  if (/^(woff2?|ttf|otf|eot)$/.test(ext)) return 'font';
  return /^(png|jpe?g|gif|webp|avif|svg|ico)$/.test(ext) ? 'image' : 'other';
}

const CSS_URL = /url\(\s*["']?([^"')]+)["']?\s*\)/g;
const JS_IMPORT = /\b(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+)["']/g;

function urlsIn(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((m) => m[1]!);
}

/** The URLs a page's markup makes the browser fetch before the reader scrolls. */
function markupUrls(page: SitePage): string[] {
  const urls: string[] = [];
  for (const { node } of elements(page.tree)) {
    const rel = String(node.properties['rel'] ?? '').split(/[\s,]+/);
    const href = node.properties['href'];
    const src = node.properties['src'];
    if (node.tagName === 'link' && typeof href === 'string' && rel.some((r) => /^(stylesheet|icon|preload|modulepreload)$/.test(r))) {
      urls.push(href);
    }
    if ((node.tagName === 'script' || node.tagName === 'img') && typeof src === 'string' && node.properties['loading'] !== 'lazy') {
      urls.push(src);
    }
    if (node.tagName === 'style') urls.push(...urlsIn(toString(node), CSS_URL));
  }
  return urls.filter((u) => !u.startsWith('data:'));
}

/** The URLs a script or style sheet fetches in turn: static imports, `url()`s. */
function nestedUrls(resource: Resource): string[] {
  const pattern = resource.kind === 'js' ? JS_IMPORT : resource.kind === 'css' ? CSS_URL : undefined;
  return pattern ? urlsIn(resource.text, pattern).filter((u) => !u.startsWith('data:')) : [];
}

/**
 * Returns what a browser fetches for a page's first view, from the built files: the page's HTML, its
 * style sheets, scripts and what they import, its eager images and icons, each with its raw and
 * gzip size. A file the site lacks is listed with size 0, for the link checks to report.
 */
export async function firstView(dir: string, base: string, page: SitePage): Promise<Resource[]> {
  const seen = new Map<string, Resource>();
  const add = (file: string, bytes: Buffer): Resource => {
    const resource = { file, kind: kindOf(file), raw: bytes.length, gzip: bytes.length && gzipSync(bytes).length, text: bytes.toString('utf8') };
    seen.set(file, resource);
    return resource;
  };
  const load = async (file: string): Promise<void> => {
    if (seen.has(file)) return;
    const resource = add(file, await readFile(join(dir, file)).catch(() => Buffer.alloc(0)));
    for (const url of nestedUrls(resource)) await load(fileOf(url, file));
  };
  const root = `http://site${base.replace(/\/?$/, '/')}`;
  const fileOf = (url: string, from: string) => pageFile(base, new URL(url, root + from).pathname) ?? url;
  add(page.file, Buffer.from(page.html));
  for (const url of markupUrls(page)) await load(fileOf(url, page.file));
  return [...seen.values()];
}

/** Script types the browser runs; anything else (`application/ld+json`) is data. */
const EXECUTABLE = new Set([undefined, '', 'module', 'text/javascript', 'application/javascript']);

/**
 * Returns the gzip size of the JavaScript in a page's first view: its script files, and the
 * scripts inlined in its HTML (gzipped together, as they travel inside the HTML).
 * @example jsGzip(page, view) // 612
 */
export function jsGzip(page: SitePage, view: Resource[]): number {
  const inline = [...elements(page.tree)]
    .filter(({ node }) => node.tagName === 'script' && node.properties['src'] === undefined)
    .filter(({ node }) => EXECUTABLE.has(node.properties['type'] as string | undefined))
    .map(({ node }) => toString(node))
    .join('\n');
  const files = view.filter((r) => r.kind === 'js').reduce((n, r) => n + r.gzip, 0);
  return files + (inline ? gzipSync(inline).length : 0);
}

/**
 * Returns how a page's first view breaks the budget: too many bytes (HTML, CSS and JS gzipped),
 * requests or script; a web font; a favicon that costs a request; a script that blocks rendering.
 * @example checkBudget(page, view) // ['/en/a/: 15.2 KB gzip in the first view, over 14 KB']
 */
export function checkBudget(page: SitePage, view: Resource[], budget = BUDGET): string[] {
  const problems: string[] = [];
  const report = (message: string) => problems.push(`${page.path}: ${message}`);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const sum = (rs: Resource[]) => rs.reduce((n, r) => n + r.gzip, 0);
  const textual = view.filter((r) => r.kind === 'html' || r.kind === 'css' || r.kind === 'js');
  if (sum(textual) > budget.gzip) report(`${kb(sum(textual))} gzip of HTML, CSS and JS in the first view, over ${kb(budget.gzip)}`);
  if (view.length > budget.requests) report(`${view.length} requests in the first view, over ${budget.requests}`);
  const js = jsGzip(page, view);
  if (js > budget.jsGzip) report(`${kb(js)} gzip of JavaScript, over ${kb(budget.jsGzip)}`);
  const styles = [...elements(page.tree)].filter(({ node }) => node.tagName === 'style').map(({ node }) => toString(node));
  if (view.some((r) => r.kind === 'font') || [...styles, ...view.filter((r) => r.kind === 'css').map((r) => r.text)].some((css) => /@font-face/i.test(css))) {
    report('a web font');
  }
  const icons = [...elements(page.tree)].filter(({ node }) => node.tagName === 'link' && String(node.properties['rel']).split(/[\s,]+/).includes('icon'));
  if (!icons.length || icons.some(({ node }) => !String(node.properties['href']).startsWith('data:'))) {
    report('a favicon that costs a request (the browser asks for /favicon.ico unless a data: icon is linked)');
  }
  for (const { node } of elements(page.tree)) {
    const { src, type, defer, async } = node.properties;
    if (node.tagName === 'script' && src !== undefined && type !== 'module' && !defer && !async) {
      report(`a script that blocks rendering: ${String(src)}`);
    }
  }
  return problems;
}
