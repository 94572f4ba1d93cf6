/**
 * In the bilingual view, a sentence and its counterpart light up together when the reader points
 * at either, taps it or moves the keyboard focus to it. The sentences are one stop in the tab
 * order: the arrow keys move up and down a language's sentences, and left and right between a
 * sentence and its counterpart. A focused (or tapped) sentence stays lit until another is, which
 * marks the reader's place for the view links (keep-place.ts). Nothing is announced: the focused
 * sentence is read as it is.
 */
import { documentProperty, listen, main } from './dom.ts';
import { BLOCKS, groupElements, languageOf, light, sentenceAt, sentencesOf, type Sentence } from './sentence-dom.ts';

const text = main?.querySelector<HTMLElement>(':scope > article > .pairs');
const langOf = (s: Sentence) => languageOf(s.el);

if (text) {
  const stops = [...main!.querySelectorAll<HTMLElement>(BLOCKS)].flatMap(sentencesOf);
  stops.forEach((s, i) => (s.el.tabIndex = i ? -1 : 0));
  const lightUp = (s: Sentence | undefined) => light(s ? groupElements(s.block, s.n) : []);
  const focused = () => sentenceAt(documentProperty('activeElement'));

  listen(document, 'pointerover', (event) => {
    const s = text.contains(event.target as Node) ? sentenceAt(event.target as Node) : undefined;
    if (s) lightUp(s);
  });
  text.addEventListener('pointerleave', () => lightUp(focused()));
  listen(document, 'focusin', (event) => {
    const stop = stops.find((s) => s.el === event.target);
    if (!stop) return;
    for (const s of stops) s.el.tabIndex = s === stop ? 0 : -1;
    lightUp(stop);
  });
  listen(document, 'keydown', (event) => {
    const at = stops.findIndex((s) => s.el === event.target);
    if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const here = stops[at]!;
    const same = stops.filter((s) => langOf(s) === langOf(here));
    const other = stops.filter((s) => s.block === here.block && langOf(s) !== langOf(here));
    const next = {
      ArrowDown: same[same.indexOf(here) + 1],
      ArrowUp: same[same.indexOf(here) - 1],
      // The counterpart, or the nearest group before it when it has none.
      ArrowRight: other.findLast((s) => s.n <= here.n) ?? other[0],
      ArrowLeft: other.findLast((s) => s.n <= here.n) ?? other[0],
    }[event.key];
    if (!next) return;
    event.preventDefault();
    next.el.focus();
  });
}
