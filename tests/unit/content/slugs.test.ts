import { describe, expect, it } from 'vitest';
import { slugProblem, suggestSlug } from '../../../src/content/slugs.ts';

describe('suggestSlug', () => {
  it.each([
    ['My Article', 'my-article'],
    ['Crème Brûlée, at Home', 'creme-brulee-at-home'],
    ['--a__b--', 'a-b'],
    ['2025 Report', '2025-report'],
    ['反恐先锋', ''],
  ])('returns %j as %j', (input, expected) => {
    expect(suggestSlug(input)).toBe(expected);
  });
});

describe('slugProblem', () => {
  it.each(['a', 'my-article', '2025-report', 'a1-b2-c3'])('returns nothing for the clean slug %j', (slug) => {
    expect(slugProblem(slug)).toBeUndefined();
  });
  it.each([
    ['My-Article', 'my-article'],
    ['my_article', 'my-article'],
    ['my--article', 'my-article'],
    ['-my-article', 'my-article'],
    ['my-article-', 'my-article'],
    ['my article', 'my-article'],
    ['café', 'cafe'],
  ])('returns what is wrong with %j and suggests %j', (slug, suggestion) => {
    expect(slugProblem(slug)).toBe(
      `“${slug}” is not a clean URL slug: use only lower-case letters a-z, digits and single hyphens ` +
        `between words, with no hyphen at the start or end. Try “${suggestion}”.`,
    );
  });
  it.each(['', '反恐', '---'])('returns an example when nothing of %j can be kept', (slug) => {
    expect(slugProblem(slug)).toMatch(/For example “my-article”\.$/);
  });
  it('returns that the slug of the search page is taken', () => {
    expect(slugProblem('search')).toBe("“search” is the address of the site's search page. Choose another, for example “search-article”.");
  });
});
