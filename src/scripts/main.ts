/**
 * The site's first script, inline in every page: each part acts only where its elements are.
 * Every page is complete without it; it keeps the reader's place, lights the sentence a link
 * leads to and remembers the reader's choices. Once the page has loaded and its text is on the
 * screen, it loads the rest (reading.ts), which the first view does not wait for.
 */
import './keep-place.ts';
import './remembered-view.ts';
import { listen, loadScript, main } from './dom.ts';
import chooseLocale from './choose-locale.ts?worker&url';
import reading from './reading.ts?worker&url';

// The home page's chooser sends the reader to their language: its script is the home page's alone.
if (main?.querySelector(':scope > [data-locales]')) loadScript(chooseLocale);

/**
 * Loads the rest once a frame has been painted since the page loaded and the page's first paint
 * is on the screen (where the browser reports it). On a fast connection the page loads before its
 * first paint, which then holds the whole first view: loaded at once, the script would run before
 * the text is painted, and its request and its work would count towards the Largest Contentful Paint.
 */
function afterPaint(): void {
  if ('PerformancePaintTiming' in window && !performance.getEntriesByType('paint')[0]) requestAnimationFrame(afterPaint);
  else setTimeout(loadScript, 0, reading);
}

listen(window, 'load', () => requestAnimationFrame(afterPaint), { once: true });
