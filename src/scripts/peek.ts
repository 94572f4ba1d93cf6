/**
 * Peek controls: reveal, under a paragraph, its counterpart in the other language, and hide it
 * again. The counterparts come from the other language's per-article file, fetched on first use.
 * Without JavaScript a peek control is a link to the bilingual view at that paragraph.
 */
const root = document.querySelector<HTMLElement>('[data-counterparts]');
let counterparts: Promise<Record<string, string>> | undefined;

async function reveal(control: HTMLAnchorElement, block: HTMLElement): Promise<void> {
  counterparts ??= fetch(root!.dataset['counterparts']!).then((r) => r.json());
  const html = (await counterparts)[block.id];
  if (html === undefined) return;
  const peek = document.createElement('p');
  peek.className = 'peek-text';
  peek.id = `peek-${block.id}`;
  peek.lang = root!.dataset['counterpartLang']!;
  peek.innerHTML = html;
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
