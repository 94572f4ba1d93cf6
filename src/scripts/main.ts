/**
 * The site's first script, inline in every page: each part acts only where its elements are.
 * Every page is complete without it; it keeps the reader's place, lights the sentence a link
 * leads to and remembers the reader's choices. Once the page has loaded and its text is on the
 * screen, it loads the rest (reading.ts), which the first view does not wait for.
 */
import './choose-locale.ts';
import './keep-place.ts';
import './remembered-view.ts';
import { listen, loadScript } from './dom.ts';
import reading from './reading.ts?worker&url';

/**
 * Loads the rest after a frame has been painted since the page loaded, once the first contentful
 * paint is on the screen (where the browser reports it). On a fast connection the page loads
 * before its first paint: loaded at once, the script would run before the text is painted, and
 * its request and its work would count towards the Largest Contentful Paint.
 */
function afterPaint(): void {
  const painted = !PerformanceObserver.supportedEntryTypes?.includes('paint') || performance.getEntriesByName('first-contentful-paint').length;
  if (painted) setTimeout(() => loadScript(reading));
  else requestAnimationFrame(afterPaint);
}

listen(window, 'load', () => requestAnimationFrame(afterPaint), { once: true });
