/**
 * Which file of the built site a page is, and the word that a page is about to be rendered at
 * build, passed from the middleware (src/middleware.ts), which runs in Astro's bundle of the
 * pages, to an integration (integrations/kept-pages.ts). Their modules are copies of this one:
 * they meet on `globalThis`, in the one process that runs both.
 */
import { stripBase } from '../i18n/urls.ts';

const RENDERING = Symbol.for('bilingual-articles.rendering');

type Listener = (pathname: string) => void;

/**
 * The file of a page in the built site (build format `directory`), from its URL's path, decoded
 * (as it is where the percent-encoding is broken); undefined outside the base path.
 * @example pageFile('/', '/zh/my-article/') // 'zh/my-article/index.html'
 * @example pageFile('/articles/', '/articles/') // 'index.html'
 */
export function pageFile(base: string, pathname: string): string | undefined {
  const path = stripBase(base, pathname);
  if (path === undefined) return undefined;
  let file = path.replace(/^\/+/, '');
  try {
    file = decodeURI(file);
  } catch {
    // A link with broken percent-encoding names the file as it is written.
  }
  return file === '' || file.endsWith('/') ? `${file}index.html` : file;
}

/** Asks to be told the URL path of each page before it is rendered; `undefined` stops. */
export function onRendering(listener: Listener | undefined): void {
  (globalThis as Record<symbol, unknown>)[RENDERING] = listener;
}

/** Tells what asked that the page at this URL path is about to be rendered. */
export function rendering(pathname: string): void {
  ((globalThis as Record<symbol, unknown>)[RENDERING] as Listener | undefined)?.(pathname);
}
