/**
 * "Link to this section" controls: a click copies the section's absolute URL, puts it in the
 * address bar and announces the result in the page's status region. Without JavaScript they are
 * plain fragment links.
 */
const region = document.getElementById('status');

let timer: ReturnType<typeof setTimeout> | undefined;

function announce(message: string | undefined): void {
  if (!region || !message) return;
  region.textContent = '';
  clearTimeout(timer);
  // Writing on the next frame, after clearing, makes screen readers announce a repeated message again.
  requestAnimationFrame(() => (region.textContent = message));
  timer = setTimeout(() => (region.textContent = ''), 4000);
}

document.addEventListener('click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-section-link]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  history.replaceState(null, '', link.href);
  try {
    await navigator.clipboard.writeText(link.href);
    announce(region?.dataset['copied']);
  } catch {
    announce(region?.dataset['failed']);
  }
});
