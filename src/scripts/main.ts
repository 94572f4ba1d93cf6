/**
 * The site's one script, loaded by every page: each part acts only where its elements are.
 * Every page is complete without it; it keeps the reader's place, copies links, peeks,
 * marks the contents and opens search with `/`.
 */
import './choose-locale.ts';
import './keep-place.ts';
import './share.ts';
import './peek.ts';
import './contents.ts';
import './remembered-view.ts';
import './search-shortcut.ts';
