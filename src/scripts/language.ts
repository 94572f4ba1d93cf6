/**
 * The script every page loads for its languages: language links keep the reader's place, and the
 * home page sends the reader to their language. One entry with no shared module, so that Astro
 * inlines it in the page: two entries sharing `storage.ts` cost two more requests in a chain.
 */
import './keep-place.ts';
import './choose-locale.ts';
