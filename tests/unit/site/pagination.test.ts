import { describe, expect, it } from 'vitest';
import { pagePath, paginate } from '../../../src/site/pagination.ts';

describe('paginate', () => {
  it('returns full pages and a last partial one', () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => [p.number, p.count])).toEqual([[1, 3], [2, 3], [3, 3]]);
  });
  it('returns one empty page for an empty list', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
  });
  it('returns 50 pages of 20 for 1,000 items', () => {
    const pages = paginate(Array.from({ length: 1000 }, (_, i) => i));
    expect(pages).toHaveLength(50);
    expect(pages.at(-1)?.items).toHaveLength(20);
  });
});

describe('pagePath', () => {
  it('returns the list itself for the first page', () => {
    expect(pagePath('en', 1)).toBe('/en/');
  });
  it('returns page/N/ for the others', () => {
    expect(pagePath('zh', 2)).toBe('/zh/page/2/');
  });
});
