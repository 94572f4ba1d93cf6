/**
 * The site's first script, inline in every page: each part acts only where its elements are.
 * Every page is complete without it; it keeps the reader's place, lights the sentence a link
 * leads to and remembers the reader's choices. Once the page has loaded it loads the rest
 * (reading.ts), which the first view does not wait for.
 */
import './choose-locale.ts';
import './keep-place.ts';
import './remembered-view.ts';
import { listen, loadScript } from './dom.ts';
import reading from './reading.ts?worker&url';

listen(window, 'load', () => loadScript(reading), { once: true });
