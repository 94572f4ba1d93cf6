/**
 * View links (the language toggle, the 简/繁 switch, the bilingual view's layouts) keep the
 * reader's place: before the browser follows one, its fragment is set to the sentence the reader
 * is at (the URL's own fragment when it is still in view, else a lit sentence in view, else the
 * first at the top of the reading area), or its block, and the
 * sentence's height on the screen is kept for the page it leads to, which puts the counterpart
 * there, lit. The chosen language, view and layout are remembered.
 */
import { parseSentenceId } from '../lib/sentence-numbers.ts';
import { byId, listen, main, siteHeader } from './dom.ts';
import { BLOCKS, groupElements, idOf, light, sentenceAt, sentenceById, sentencesOf } from './sentence-dom.ts';
import { LAYOUT_KEY, LOCALE_KEY, PLACE_KEY, recall, remember, VIEW_KEY } from './storage.ts';

const readingTop = () => siteHeader?.getBoundingClientRect().bottom ?? 0;

function visible(el: Element, top: number): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > top && r.top < innerHeight;
}

/** What a fragment names: a sentence group's elements, or an element with that id. */
function target(id: string): HTMLElement[] {
  const sentence = sentenceById(id);
  if (sentence) return groupElements(sentence.block, sentence.n);
  const el = id ? byId(id) : null;
  return el ? [el] : [];
}

/** The id of the sentence or block the reader is at and its height; undefined at the top of the page, where nothing is lit. */
function place(): { id: string; top: number } | undefined {
  const top = readingTop();
  const hash = decodeURIComponent(location.hash.slice(1));
  const [own] = target(hash);
  if (own && visible(own, top)) return { id: hash, top: own.getBoundingClientRect().top };
  // A sentence the reader pointed at or focused, lit, comes before the one at the top.
  const lit = main?.querySelector('.lit');
  const pointed = lit && visible(lit, top) ? sentenceAt(lit) : undefined;
  if (pointed) return { id: idOf(pointed), top: pointed.el.getBoundingClientRect().top };
  if (scrollY < 1) return undefined;
  for (const block of main?.querySelectorAll<HTMLElement>(BLOCKS) ?? []) {
    if (!visible(block, top + 1)) continue;
    // The first sentence that starts in view, else the one that runs into it from above.
    const sentences = sentencesOf(block);
    const sentence = sentences.find((s) => s.el.getBoundingClientRect().top >= top - 2) ?? sentences.find((s) => visible(s.el, top + 1));
    const el = sentence?.el ?? block;
    return { id: sentence ? idOf(sentence) : block.id, top: el.getBoundingClientRect().top };
  }
  return undefined;
}

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
