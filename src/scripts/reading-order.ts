/**
 * The order in which the player reads an article (listen.ts): block by block, and in a block
 * sentence group by group; where a block shows two languages, each group in the first language
 * and then in the other. Pure: it orders plain parts, so it is tested without a browser.
 */

/** One part the page shows: a sentence group (its number) in one language. */
export interface Part {
  block: number;
  n: number;
  /** The language's primary subtag: `en`, `zh`. */
  language: string;
}

/**
 * The parts in reading order: by block, then by group, the `first` language before the others
 * (a group only one language has is read where its number falls).
 * @example readingOrder([{ block: 0, n: 1, language: 'zh' }, { block: 0, n: 1, language: 'en' }], 'en') // en, then zh
 */
export function readingOrder<P extends Part>(parts: readonly P[], first: string): P[] {
  const rank = (p: P) => (p.language === first ? 0 : 1);
  return [...parts].sort((a, b) => a.block - b.block || a.n - b.n || rank(a) - rank(b));
}

/** The primary subtag of a language tag. @example language('zh-Hant') // 'zh' */
export function language(tag: string): string {
  return tag.toLowerCase().split('-')[0]!;
}
