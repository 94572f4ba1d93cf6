/** On a list of articles, a reader who last chose the bilingual view gets it from each title. */
import { recall, VIEW_KEY } from './storage.ts';

if (recall(VIEW_KEY) === 'bilingual') {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-bilingual]')) a.href = a.dataset['bilingual']!;
}
