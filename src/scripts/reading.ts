/**
 * What the page does for a reader beyond its first view, loaded once the page has (main.ts):
 * shares links, peeks at the other language, marks the contents, opens search with `/`, lights
 * sentences and their counterparts, shares quotes, sets the text size and loads the Listen and Learn tools on first use. Each part acts only where its elements
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
import './tools.ts';

documentProperty('documentElement').dataset['ready'] = '';
