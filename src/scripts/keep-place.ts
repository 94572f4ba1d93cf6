/**
 * View links keep the reader's place: before the browser follows one, its fragment is set to the
 * block the reader is looking at (the URL's own fragment when that block is still in view), and
 * the chosen language and view are remembered for the home page.
 */
import { byId, listen, main, siteHeader } from './dom.ts';
import { LOCALE_KEY, remember, VIEW_KEY } from './storage.ts';

/** Elements that carry a block id, in every view: the article's own blocks (see dom.ts). */
const BLOCKS = ':scope > article > .prose > [id]:not(.peek-text), :scope > article > .prose > .heading > [id]';

function visible(el: Element, top: number): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > top && r.top < window.innerHeight;
}

/** The id of the block at the top of the reading area, or undefined at the top of the page. */
function place(): string | undefined {
  if (window.scrollY < 1) return undefined;
  const top = siteHeader?.getBoundingClientRect().bottom ?? 0;
  const hash = decodeURIComponent(location.hash.slice(1));
  const target = hash ? byId(hash) : null;
  if (target && visible(target, top)) return hash;
  for (const el of main?.querySelectorAll(BLOCKS) ?? []) if (visible(el, top + 1)) return el.id;
  return undefined;
}

function follow(event: Event): void {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keep-place]');
  if (!link) return;
  const id = place();
  link.hash = id ? `#${encodeURIComponent(id)}` : '';
  const { locale, view } = link.dataset;
  if (event.type === 'click' && locale) {
    remember(LOCALE_KEY, locale);
    if (view) remember(VIEW_KEY, view === 'bilingual' ? view : 'single');
  }
}

for (const type of ['click', 'auxclick', 'contextmenu'] as const) listen(document, type, follow);
