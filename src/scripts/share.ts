/**
 * Share controls: the article's "share" link and each heading's "link to this section". A click
 * shares the page's own URL, so the view the reader is on, with the section's fragment for a
 * heading (see sharing.ts). The URL is also put in the address bar. Without JavaScript the
 * controls are plain links.
 */
import { shareUrl } from '../site/share.ts';
import { listen } from './dom.ts';
import { announce, share } from './sharing.ts';

listen(document, 'click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-share]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const url = shareUrl(location.href, link.hash);
  history.replaceState(null, '', url);
  announce(await share(url));
});
