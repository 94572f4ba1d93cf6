/**
 * Text as the search index sees it. Chinese has no spaces between words, and a segmenter's idea
 * of a word differs between the index (built once) and the browser (which segments the query):
 * a reader's word or single character would then miss pages that hold it. So every Han character
 * is indexed as a word of its own, and a Chinese query is searched as the exact sequence of its
 * characters: a page is found exactly when its text contains the query. Latin words keep
 * Pagefind's own handling (stemming, partial words).
 */

const HAN = /\p{Script=Han}/gu;
/** A run of Han characters, or of anything else that is not a space. */
const PARTS = /\p{Script=Han}+|[^\s\p{Script=Han}]+/gu;

/**
 * Text with a space on each side of every Han character, so that each is a word of the index.
 * @example spaceHan('巴基斯坦2025年') // ' 巴  基  斯  坦 2025 年 '
 */
export function spaceHan(text: string): string {
  return text.replace(HAN, ' $& ');
}

/**
 * The Pagefind searches a reader's query needs, one a page must match in each: every run of Han
 * characters as an exact phrase of its characters, and the other words together as one search.
 * @example searchTerms('巴基斯坦 partnership 反恐') // ['"巴 基 斯 坦"', 'partnership', '"反 恐"']
 */
export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  const words: string[] = [];
  for (const [part] of query.matchAll(PARTS)) {
    if (/^\p{Script=Han}/u.test(part)) terms.push(`"${[...part].join(' ')}"`);
    else if (/[\p{L}\p{N}]/u.test(part)) {
      if (!words.length) terms.push('');
      words.push(part);
    }
  }
  return terms.map((t) => t || words.join(' '));
}

/**
 * The search that orders a query's results: an exact phrase finds the right pages but ranks
 * them all alike, so they are ranked by a search of the query's characters and words instead,
 * which scores each page by how often, and where, they occur (its title counts most). Undefined
 * when the query has no Chinese, whose words search ranks by themselves.
 * @example rankingTerm('反恐 talks') // '反 恐 talks'
 */
export function rankingTerm(query: string): string | undefined {
  if (!/\p{Script=Han}/u.test(query)) return undefined;
  return spaceHan(query).trim().split(/\s+/).join(' ');
}

/** Whitespace beside a Han character, with any `<mark>` tags between them. */
const SPACE_BY_HAN = /(\p{Script=Han}(?:<\/?mark>)*)\s+(?=(?:<\/?mark>)*\S)|\s+(?=(?:<\/?mark>)*\p{Script=Han})/gu;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the HTML entities of an excerpt's text: named ones the index writes, and numbers. */
function decode(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|(\w+));/gi, (entity, dec?: string, hex?: string, name?: string) => {
    if (dec || hex) return String.fromCodePoint(dec ? Number(dec) : Number.parseInt(hex!, 16));
    return ENTITIES[name!.toLowerCase()] ?? entity;
  });
}

/**
 * An excerpt from the index (text with the matches in `<mark>`) as plain text parts, marked or
 * not: Chinese without the spaces the index put between its characters, and each run of
 * marked characters one part.
 * @example excerptParts('在 <mark>反</mark> <mark>恐</mark> 方面') // [{ text: '在', marked: false }, { text: '反恐', marked: true }, { text: '方面', marked: false }]
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const joined = excerpt.replace(SPACE_BY_HAN, '$1').replace(/<\/mark>(\s*)<mark>/g, '$1').trim();
  return joined
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => {
      const marked = part.startsWith('<mark>');
      return { text: decode(marked ? part.slice(6, -7) : part), marked };
    });
}

/**
 * Text from the index (a title, a heading) without the spaces put between Chinese characters.
 * @example joinHan(' 反  恐 先锋 (2025) ') // '反恐先锋(2025)'
 */
export function joinHan(text: string): string {
  return excerptParts(text)
    .map((p) => p.text)
    .join('');
}

/** A page's inline styles and scripts, which the index does not read: half an article page's bytes. */
const STYLES_AND_SCRIPTS = /<(style|script)(?=[\s>])[^>]*>[\s\S]*?<\/\1>/g;

/**
 * An article page's HTML as the index reads it: without its styles and scripts, its Han
 * characters spaced (see `spaceHan`), and the titles of its other languages (as HTML, from their
 * pages' `<h1>`) as metadata `title_<language>`, so that a result can be titled in either
 * interface language.
 * @example searchableHtml('<body><p>合作</p></body>', { en: 'Cooperation' }) // '<body><p data-pagefind-meta="title_en">Cooperation</p><p> 合  作 </p></body>'
 */
export function searchableHtml(html: string, titles: Record<string, string>): string {
  const meta = Object.entries(titles)
    .map(([locale, title]) => `<p data-pagefind-meta="title_${locale}">${title}</p>`)
    .join('');
  return spaceHan(html.replace(STYLES_AND_SCRIPTS, '')).replace(/<body\b[^>]*>/, (body) => body + meta);
}

/**
 * The inner HTML of a page's first `<h1>`, its title; undefined without one.
 * @example titleHtml('<h1 class="t">R&amp;D</h1>') // 'R&amp;D'
 */
export function titleHtml(html: string): string | undefined {
  return /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
}
