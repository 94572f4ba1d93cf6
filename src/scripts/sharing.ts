/**
 * Sharing a URL, and saying how it went: through the Web Share API where the browser has it,
 * else by copying it to the clipboard; the outcome is announced in the page's status region.
 */
import { documentProperty, main } from './dom.ts';

export type Outcome = 'shared' | 'copied' | 'failed';

/** The page's status region, a child of `<main>` (see dom.ts). */
const region = main?.querySelector<HTMLElement>(':scope > [role="status"]');

let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(outcome: Outcome | undefined): void {
  const message = outcome && region?.dataset[outcome];
  if (!region || !message) return;
  region.textContent = '';
  clearTimeout(timer);
  // Writing on the next frame, after clearing, makes screen readers announce a repeated message again.
  requestAnimationFrame(() => (region.textContent = message));
  timer = setTimeout(() => (region.textContent = ''), 4000);
}

/** Shares a URL; undefined when the reader closed the share sheet, which needs no message. */
export async function share(url: string): Promise<Outcome | undefined> {
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
