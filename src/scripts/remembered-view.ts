/**
 * On a list of articles, a reader who last chose the bilingual view gets it from each title: the
 * list's own links, under `<main>`'s `.index` (see dom.ts).
 */
import { main } from './dom.ts';
import { recall, VIEW_KEY } from './storage.ts';

if (recall(VIEW_KEY) === 'bilingual') {
  for (const a of main?.querySelectorAll<HTMLAnchorElement>(':scope > .index a[data-bilingual]') ?? []) a.href = a.dataset['bilingual']!;
}
