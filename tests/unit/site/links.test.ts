import { describe, expect, it } from 'vitest';
import { brokenLinks, type SitePages } from '../../../src/site/links.ts';

const pages: SitePages = new Map([
  ['/en/', new Set<string>()],
  ['/en/a/', new Set(['intro-p1', 'history'])],
  ['/zh/a/', new Set(['intro-p1', 'history'])],
  ['/en/b/', new Set(['intro-p1'])],
]);
const file = (href: string, base = '/') => ({
  file: 'content/articles/b/en.md',
  path: '/en/b/',
  blocks: [{ id: 'intro-p1', tag: 'p', attributes: '', html: `See <a href="${href}">this</a>.`, text: 'See this.', links: [href], ids: [] }],
  source: () => `---\ntitle: B\n---\n\nSee [this](${href.startsWith(base) && base !== '/' ? href.slice(base.length - 1) : href}).\n`,
});

describe('brokenLinks', () => {
  it.each(['/en/a/', '/en/a/#history', '/zh/a/#intro-p1', '../a/#history', '#intro-p1', '/en/', 'https://example.org/x', 'mailto:a@b.c'])(
    'returns nothing for %s',
    (href) => {
      expect(brokenLinks([file(href)], pages, '/')).toEqual([]);
    },
  );
  it('returns the file, line and fix for a link to no article', () => {
    expect(brokenLinks([file('/en/nope/')], pages, '/')).toEqual([
      'content/articles/b/en.md:5: the link “/en/nope/” leads to no page of this site. Link to an article as /<language>/<slug>/ (e.g. /en/my-article/).',
    ]);
  });
  it('returns the file, line and fix for a link to no section', () => {
    expect(brokenLinks([file('/en/a/#nope')], pages, '/')[0]).toMatch(
      /^content\/articles\/b\/en\.md:5: the link “\/en\/a\/#nope” points to a section that does not exist\. .*\(e\.g\. #intro-p1\)/,
    );
    expect(brokenLinks([file('#nope')], pages, '/')).toHaveLength(1);
  });
  it('returns the file, line and fix for a link to an article scheduled for later', () => {
    const scheduled = new Map([['/en/later/', '2999-01-01']]);
    expect(brokenLinks([file('/en/later/')], pages, '/', scheduled)).toEqual([
      'content/articles/b/en.md:5: the link “/en/later/” leads to an article scheduled for 2999-01-01, which builds leave out until that day. Remove the link until then.',
    ]);
  });
  it('returns a problem, not an error, for a link that is not an address or whose fragment does not decode', () => {
    expect(brokenLinks([file('\\\\[')], pages, '/')).toEqual([
      'content/articles/b/en.md:5: the link “\\\\[” is not an address. Write a site path such as /en/my-article/, or a full address with https://.',
    ]);
    expect(brokenLinks([file('#%E0%A4%A')], pages, '/')[0]).toMatch(/^content\/articles\/b\/en\.md:5: the link “#%E0%A4%A” points to a section that does not exist/);
  });
  it('reads root links with the base the Markdown pipeline added', () => {
    expect(brokenLinks([file('/articles/en/a/#history', '/articles/')], pages, '/articles/')).toEqual([]);
    expect(brokenLinks([file('/articles/en/x/', '/articles/')], pages, '/articles/')[0]).toMatch(/:5: the link “\/en\/x\/”/);
  });
});
