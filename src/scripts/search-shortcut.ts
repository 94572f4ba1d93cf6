/**
 * `/` opens search from any page, unless the reader is typing in a field: it follows the
 * header's search link. On the search page the link is the current page, and the page's own
 * script puts the focus in its field (search.ts).
 */
import { listen, siteHeader } from './dom.ts';

listen(document, 'keydown', (event) => {
  const link = siteHeader?.querySelector<HTMLAnchorElement>('a[data-search-link]:not([aria-current])');
  if (event.key !== '/' || !link || event.ctrlKey || event.metaKey || event.altKey) return;
  if ((event.target as Element).closest('input, textarea, select, [contenteditable]')) return;
  event.preventDefault();
  link.click();
});
