/**
 * Peek controls: reveal, under a paragraph, its counterpart in the other language, and hide it
 * again. The counterparts come from the article's page in the other language, whose blocks carry
 * the same ids; it is fetched on first use (and is then in the cache for the language toggle).
 * Without JavaScript a peek control is a link to the bilingual view at that paragraph.
 */
import { byId, listen, main } from './dom.ts';

/** The article's text, which names the other language's page: a child of the layout's `<article>` (see dom.ts). */
const root = main?.querySelector<HTMLElement>(':scope > article > [data-counterparts]');
let counterparts: Promise<Document> | undefined;

async function fetchCounterparts(url: string): Promise<Document> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

async function reveal(control: HTMLAnchorElement, block: HTMLElement): Promise<void> {
  counterparts ??= fetchCounterparts(root!.dataset['counterparts']!);
  const found = byId(block.id, await counterparts);
  if (!found) return;
  // A copy of the counterpart paragraph is the peek: putting it here adopts it into this page.
  const peek = found.cloneNode(true) as HTMLElement;
  // Its own peek control points back here; the ids in it (footnote references) are this page's too.
  peek.querySelector('[data-peek]')?.remove();
  for (const el of peek.querySelectorAll('[id]')) el.removeAttribute('id');
  peek.className = 'peek-text';
  peek.id = `peek-${block.id}`;
  peek.lang = root!.dataset['counterpartLang']!;
  block.after(peek);
  control.setAttribute('aria-controls', peek.id);
  control.setAttribute('aria-expanded', 'true');
}

listen(document, 'click', (event) => {
  const control = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-peek]');
  const block = control?.closest<HTMLElement>('[id]');
  if (!root || !control || !block || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const open = byId(`peek-${block.id}`);
  if (open) {
    open.remove();
    control.setAttribute('aria-expanded', 'false');
  } else {
    reveal(control, block).catch(() => (location.href = control.href));
  }
});
