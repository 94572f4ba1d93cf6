import { describe, expect, it } from 'vitest';
import { langTag, localeKeys } from '../../src/i18n/locales.ts';
import { ui, type UIKey } from '../../src/i18n/ui.ts';
import { pageKind, pageLocale, siteFromHtml } from '../site/pages.ts';
import { checkReader } from '../site/reader.ts';
import { pages, site } from './dist.ts';

/** The UI strings of an article page's controls, in every language: none may reach a reader's text. */
const CONTROLS: UIKey[] = [
  'skip.link',
  'nav.home',
  'nav.languages',
  'contents.title',
  'share.article',
  'section.link',
  'peek.show',
  'share.shared',
  'share.copied',
  'share.copyFailed',
];
const labels = localeKeys.flatMap((locale) => CONTROLS.map((key) => ui[locale][key]));

const { base } = site;
/** Every article page, in each language and view; not the pages that say a translation is missing (noindex). */
const articles = site.pages.filter((p, i) => ['article', 'bilingual'].includes(pageKind(base, p.path)) && pages[i]!.robots !== 'noindex');
const expected = (path: string) => ({ lang: langTag(pageLocale(base, path)!), labels });

describe('reader modes (Readability, as in Firefox’s Reader View and read-later apps)', () => {
  it('has article pages to read', () => {
    expect(articles.length).toBeGreaterThan(0);
  });
  it.each(articles.map((p) => [p.path, p] as const))('returns no problem on %s', (_, page) => {
    expect(checkReader(page, expected(page.path))).toEqual([]);
  });
  it('returns every heading dropped when a div holds each heading and its link', () => {
    const page = articles.find((p) => pageKind(base, p.path) === 'article')!;
    const html = page.html.replace(/<header class="heading">(.*?)<\/header>/g, '<div class="heading">$1</div>');
    const planted = siteFromHtml({ base, pages: { [page.file]: html } }).pages[0]!;
    const headings = html.match(/<div class="heading">/g)!.length;
    expect(checkReader(planted, expected(page.path)).filter((p) => / drops <h[2-6]> /.test(p))).toHaveLength(headings);
  });
});
