/**
 * Share controls: the article's "share" link and each heading's "link to this section". A click
 * shares the page's own URL, so the view the reader is on, with the section's fragment for a
 * heading: through the Web Share API where the browser has it, else by copying it to the
 * clipboard. The URL is also put in the address bar, and the result is announced in the page's
 * status region. Without JavaScript the controls are plain links.
 */
import { shareUrl } from '../lib/share.ts';
import { documentProperty, listen, main } from './dom.ts';

type Outcome = 'shared' | 'copied' | 'failed';

/** The page's status region, a child of `<main>` (see dom.ts). */
const region = main?.querySelector<HTMLElement>(':scope > [role="status"]');

let timer: ReturnType<typeof setTimeout> | undefined;

function announce(outcome: Outcome | undefined): void {
  const message = outcome && region?.dataset[outcome];
  if (!region || !message) return;
  region.textContent = '';
  clearTimeout(timer);
  // Writing on the next frame, after clearing, makes screen readers announce a repeated message again.
  requestAnimationFrame(() => (region.textContent = message));
  timer = setTimeout(() => (region.textContent = ''), 4000);
}

/** Shares a URL; undefined when the reader closed the share sheet, which needs no message. */
async function share(url: string): Promise<Outcome | undefined> {
  if (navigator.share) {
    try {
      await navigator.share({ title: documentProperty('title'), url });
      return 'shared';
    } catch (error) {
      if ((error as DOMException).name === 'AbortError') return undefined;
      // Sharing is refused (a policy, no share target): copy instead.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

listen(document, 'click', async (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-share]');
  if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  const url = shareUrl(location.href, link.hash);
  history.replaceState(null, '', url);
  announce(await share(url));
});
