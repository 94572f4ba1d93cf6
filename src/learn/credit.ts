/**
 * Where the dictionary comes from: CC-CEDICT, by MDBG, under the Creative Commons
 * Attribution-ShareAlike 4.0 licence. The learner's tools credit it with a link here, in the
 * page's language (`learn.credit` in i18n/ui.ts).
 */
export const DICTIONARY_URL = 'https://cc-cedict.org/wiki/';
