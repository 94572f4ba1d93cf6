/**
 * What the page does for a reader beyond its first view, loaded once the page has (main.ts):
 * shares links, peeks at the other language, marks the contents, opens search with `/`, lights
 * sentences and their counterparts, shares quotes and sets the text size. Each part acts only where its elements
 * are; until they are ready, the controls are plain links. Ready, it says so on `<html>`
 * (`data-ready`).
 */
import { documentProperty } from './dom.ts';
import './share.ts';
import './peek.ts';
import './contents.ts';
import './search-shortcut.ts';
import './sentence-light.ts';
import './quote.ts';
import './text-size.ts';

documentProperty('documentElement').dataset['ready'] = '';
