/**
 * Marks, in the table of contents, the section the reader is in: the last heading above the top of
 * the reading area, or the last one in view once the page can scroll no further.
 */
import { byId, documentProperty, listen, main, siteHeader } from './dom.ts';

/** The contents' links: the layout's, in `<article>` beside the text (see dom.ts). */
const links = [...(main?.querySelectorAll<HTMLAnchorElement>(':scope > article .contents a') ?? [])];
const headings = links.map((a) => byId(decodeURIComponent(a.hash.slice(1)))).filter((h) => h !== null);
let current: HTMLAnchorElement | undefined;
let queued = false;

function mark(): void {
  queued = false;
  const top = siteHeader?.getBoundingClientRect().bottom ?? 0;
  const end = innerHeight + scrollY >= documentProperty('documentElement').scrollHeight - 2;
  const line = end ? innerHeight : top + 24;
  const above = headings.filter((h) => h.getBoundingClientRect().top <= line).at(-1);
  const link = above ? links.find((a) => a.hash === `#${encodeURIComponent(above.id)}`) : undefined;
  if (link === current) return;
  current?.removeAttribute('aria-current');
  link?.setAttribute('aria-current', 'true');
  current = link;
}

if (links.length) {
  listen(window, 'scroll', () => queued || ((queued = true), requestAnimationFrame(mark)), { passive: true });
  mark();
}
