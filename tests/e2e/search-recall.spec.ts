import { expect, test } from '@playwright/test';
import type { Element, ElementContent } from 'hast';
import { searchTerms } from '../../src/search/text.ts';
import { pageKind, type SitePage } from '../site/pages.ts';
import { builtSite } from './helpers.ts';

/**
 * Recall of search over the published site: for each query, the article pages whose text holds it
 * (a plain substring count over the built pages: Chinese anywhere, Latin words at the start of a
 * word, as search matches them) against the pages search finds. Whatever the site holds, every
 * page that has the query must be found.
 */
const QUERIES = [
  // English words
  'terrorism', 'cooperation', 'partnership', 'stability', 'security', 'intelligence', 'dialogue', 'regional', 'military', 'peace',
  // names
  'Pakistan', 'Islamabad', 'Afghanistan', 'Washington', 'Balochistan', 'Khuzdar',
  // Chinese: single characters, then words of two, three and four characters, names among them
  '合', '恐', '国', '和',
  '反恐', '合作', '安全', '地区',
  '联合国', '阿富汗',
  '巴基斯坦', '伙伴关系', '伊斯兰堡', '恐怖主义',
];

const site = await builtSite();
const articles = site.pages.filter((p) => pageKind(site.base, p.path) === 'article' && p.html.includes('data-pagefind-body'));

/** The text of an article page's body as search reads it: without the section links and peek controls. */
function bodyText(page: SitePage): string {
  const walk = (nodes: ElementContent[], inBody: boolean): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return inBody ? n.value : '';
        if (n.type !== 'element') return '';
        const classes = (n as Element).properties['className'];
        if (Array.isArray(classes) && classes.some((c) => c === 'section-link' || c === 'peek')) return '';
        return walk(n.children, inBody || n.properties['dataPagefindBody'] !== undefined);
      })
      .join(' ');
  return walk(page.tree.children as ElementContent[], false);
}

const texts = new Map(articles.map((p) => [p.path, bodyText(p)]));

/** The pages whose text holds a query. */
function expected(query: string): string[] {
  const pattern = /\p{Script=Han}/u.test(query)
    ? new RegExp(query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'u')
    : new RegExp(`(?<![\\p{L}\\p{N}])${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'iu');
  return [...texts].filter(([, text]) => pattern.test(text)).map(([path]) => path);
}

test('search finds every article page that holds each of 30 queries, from both search pages', async ({ page }) => {
  test.setTimeout(120_000);
  const rows = [];
  for (const ui of ['en', 'zh']) {
    await page.goto(`${ui}/search/`);
    for (const query of QUERIES) {
      // As the search page does: a page must match every term (each Chinese phrase, the other words).
      const found: string[] = await page.evaluate(
        async ({ terms }) => {
          // The parts of the index, as the search page lists them.
          const [index, ...parts]: string[] = JSON.parse(document.querySelector<HTMLElement>('main [data-search]')!.dataset['search']!);
          const pagefind = await import(/* @vite-ignore */ `${index}pagefind.js`);
          for (const part of parts) await pagefind.mergeIndex(part, {});
          const [first, ...others] = await Promise.all(terms.map((t: string) => pagefind.search(t).then((r: { results: { id: string }[] }) => r.results)));
          const inAll = others.map((hits: { id: string }[]) => new Set(hits.map((h) => h.id)));
          const hits = first.filter((h: { id: string }) => inAll.every((ids: Set<string>) => ids.has(h.id)));
          return Promise.all(hits.map(async (h: { data: () => Promise<{ url: string }> }) => (await h.data()).url));
        },
        { terms: searchTerms(query) },
      );
      const want = expected(query);
      const hit = want.filter((p) => found.includes(p));
      rows.push({ ui, query, pages: want.length, found: hit.length, extra: found.filter((p) => !want.includes(p)).length });
    }
  }
  const pages = rows.reduce((n, r) => n + r.pages, 0);
  const found = rows.reduce((n, r) => n + r.found, 0);
  console.log(`Recall over ${articles.length} article pages, ${QUERIES.length} queries on each search page: ${found}/${pages}`);
  console.table(rows);
  expect(rows.filter((r) => r.found < r.pages)).toEqual([]);
});
