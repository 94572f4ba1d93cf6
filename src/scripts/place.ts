/**
 * Where the reader is: the sentence or block at the top of the reading area (or the one the URL
 * names, or a lit one, while in view) and its height on the screen. View links keep it for the
 * page they lead to (keep-place.ts); the text-size control keeps it as the text reflows.
 */
import { byId, main, siteHeader } from './dom.ts';
import { BLOCKS, groupElements, idOf, sentenceAt, sentenceById, sentencesOf } from './sentence-dom.ts';

const readingTop = () => siteHeader?.getBoundingClientRect().bottom ?? 0;

function visible(el: Element, top: number): boolean {
  const r = el.getBoundingClientRect();
  return r.bottom > top && r.top < innerHeight;
}

/** What a fragment names: a sentence group's elements, or an element with that id. */
export function target(id: string): HTMLElement[] {
  const sentence = sentenceById(id);
  if (sentence) return groupElements(sentence.block, sentence.n);
  const el = id ? byId(id) : null;
  return el ? [el] : [];
}

/** The id of the sentence or block the reader is at and its height; undefined at the top of the page, where nothing is lit. */
export function place(): { id: string; top: number } | undefined {
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
