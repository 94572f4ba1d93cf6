/**
 * Peek controls: reveal, under a paragraph, its counterpart in the other language, and hide it
 * again. The counterparts come from the article's page in the other language, whose blocks carry
 * the same ids; it is fetched on first use (and is then in the cache for the language toggle).
 * Without JavaScript a peek control is a link to the bilingual view at that paragraph.
 */
const root = document.querySelector<HTMLElement>('[data-counterparts]');
let counterparts: Promise<Document> | undefined;

async function fetchCounterparts(url: string): Promise<Document> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

async function reveal(control: HTMLAnchorElement, block: HTMLElement): Promise<void> {
  counterparts ??= fetchCounterparts(root!.dataset['counterparts']!);
  const found = (await counterparts).getElementById(block.id);
  if (!found) return;
  const counterpart = document.importNode(found, true);
  // The counterpart's own peek control points back here.
  counterpart.querySelector('[data-peek]')?.remove();
  const peek = document.createElement('p');
  peek.className = 'peek-text';
  peek.id = `peek-${block.id}`;
  peek.lang = root!.dataset['counterpartLang']!;
  peek.append(...counterpart.childNodes);
  block.after(peek);
  control.setAttribute('aria-controls', peek.id);
  control.setAttribute('aria-expanded', 'true');
}

document.addEventListener('click', (event) => {
  const control = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-peek]');
  const block = control?.closest<HTMLElement>('[id]');
  if (!root || !control || !block || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const open = document.getElementById(`peek-${block.id}`);
  if (open) {
    open.remove();
    control.setAttribute('aria-expanded', 'false');
  } else {
    reveal(control, block).catch(() => (location.href = control.href));
  }
});
