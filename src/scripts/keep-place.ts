/**
 * View links (the language toggle, the 简/繁 switch, the bilingual view's layouts) keep the
 * reader's place: before the browser follows one, its fragment is set to the sentence the reader
 * is at (the URL's own fragment when it is still in view, else a lit sentence in view, else the
 * first at the top of the reading area), or its block, and the
 * sentence's height on the screen is kept for the page it leads to, which puts the counterpart
 * there, lit. The chosen language, view and layout are remembered.
 */
import { parseSentenceId } from '../alignment/sentence-numbers.ts';
import { byId, listen } from './dom.ts';
import { place, target } from './place.ts';
import { light } from './sentence-dom.ts';
import { LAYOUT_KEY, LOCALE_KEY, PLACE_KEY, recall, remember, VIEW_KEY } from './storage.ts';

function follow(event: Event): void {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keep-place]');
  if (!link) return;
  const here = place();
  link.hash = here ? `#${encodeURIComponent(here.id)}` : '';
  if (here) remember(PLACE_KEY, JSON.stringify(here), 'sessionStorage');
  const { locale, view, layout } = link.dataset;
  if (event.type !== 'click') return;
  if (locale) remember(LOCALE_KEY, locale);
  if (view) remember(VIEW_KEY, view === 'bilingual' ? view : 'single');
  if (layout) remember(LAYOUT_KEY, layout);
}

for (const type of ['click', 'auxclick', 'contextmenu'] as const) listen(document, type, follow);

/**
 * On arrival at a fragment: a sentence's is lit and scrolled to; the place a view link kept is
 * put at the height it was at. Not when the browser restores a position (back, reload).
 */
function arrive(): void {
  const hash = decodeURIComponent(location.hash.slice(1));
  const elements = target(hash);
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (!elements[0] || navigation?.type !== 'navigate') return;
  const kept = JSON.parse(recall(PLACE_KEY, 'sessionStorage') ?? 'null') as { id: string; top: number } | null;
  const named = parseSentenceId(hash) && !byId(hash);
  if (named) light(elements);
  const align = () => {
    if (kept?.id === hash) scrollBy(0, elements[0]!.getBoundingClientRect().top - kept.top);
    else if (named) elements[0]!.scrollIntoView({ block: 'center' });
  };
  align();
  // The browser scrolls to an element's fragment itself, maybe after this script: again once loaded.
  listen(window, 'load', () => requestAnimationFrame(align), { once: true });
}

arrive();
