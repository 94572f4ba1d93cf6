/**
 * A reader who last chose the bilingual view gets it from each title of a list of articles (the
 * list's own links, under `<main>`'s `.index`, see dom.ts), and one who chose the sentence by
 * sentence layout gets that from those links and the header's link to the bilingual view.
 */
import { main, siteHeader } from './dom.ts';
import { LAYOUT_KEY, recall, VIEW_KEY } from './storage.ts';

const layout = recall(LAYOUT_KEY) === 'sentences' ? 'sentences/' : '';
if (recall(VIEW_KEY) === 'bilingual') {
  for (const a of main?.querySelectorAll<HTMLAnchorElement>(':scope > .index a[data-bilingual]') ?? []) a.href = a.dataset['bilingual']! + layout;
}
for (const a of siteHeader?.querySelectorAll<HTMLAnchorElement>('a[data-view="bilingual"]') ?? []) a.pathname += layout;
