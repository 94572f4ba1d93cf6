import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, subsetsFor } from '../../../src/integrations/unicode-ranges.ts';
import { articleCard, cardAlt, cardText, cardTree, listCard, titleSize } from '../../../src/meta/card.ts';

const source = { url: 'https://news.example/a', publisher: 'news.example' };

describe('articleCard', () => {
  it('returns the title, the source in the page language and the site name', () => {
    expect(articleCard({ title: 'A title', source }, 'en')).toEqual({
      title: 'A title',
      byline: 'Source: news.example',
      siteName: 'Bilingual Articles',
    });
    expect(articleCard({ title: '标题', source }, 'zh')).toEqual({
      title: '标题',
      byline: '来源：news.example',
      siteName: '双语文章',
    });
  });
});

describe('listCard', () => {
  it('returns the site description and every language', () => {
    expect(listCard('zh')).toEqual({ title: '英文文章及其简体中文译文。', byline: 'English · 简体中文 · 繁體中文', siteName: '双语文章' });
  });
});

describe('cardAlt', () => {
  it('returns everything the card shows, in reading order', () => {
    expect(cardAlt({ title: 'T', byline: 'Source: s', siteName: 'S' })).toBe('T · Source: s · S');
  });
});

describe('cardText', () => {
  it('returns every character the card shows, and the ellipsis of a title cut short', () => {
    expect(cardText({ title: '标题', byline: '来源：s', siteName: 'S' })).toBe('标题来源：sS…');
  });
  it('returns characters whose font slices draw the ellipsis that ends a 2,000-character title', () => {
    const ranges = createRequire(import.meta.url)('@fontsource/noto-sans-sc/unicode.json') as Record<string, string>;
    const slices = Object.fromEntries(Object.entries(ranges).map(([name, range]) => [name, parseUnicodeRange(range)]));
    for (const title of ['Long title words '.repeat(120), '很长的标题'.repeat(400)]) {
      const loaded = subsetsFor(cardText({ title, byline: 'Source: x', siteName: 'S' }), slices);
      expect(loaded).toEqual(expect.arrayContaining(subsetsFor('…', slices)));
    }
  });
});

describe('titleSize', () => {
  it('returns the largest size for a short title', () => {
    expect(titleSize('A short title')).toBe(72);
  });
  it('returns a smaller size for a long title', () => {
    expect(titleSize('Counterterrorism Champions: How Pakistan–US Team Up for Stability, and Why It Matters Now')).toBe(56);
  });
  it('returns a smaller size for CJK characters than for as many Latin ones', () => {
    expect(titleSize('字'.repeat(50))).toBe(56);
    expect(titleSize('x'.repeat(50))).toBe(72);
  });
  it('returns the smallest size for a title too long for three lines', () => {
    expect(titleSize('字'.repeat(200))).toBe(44);
  });
});

describe('cardTree', () => {
  it('returns the title, byline and site name as the texts of the tree', () => {
    const tree = cardTree({ title: 'T', byline: 'B', siteName: 'S' });
    const texts = (node: typeof tree): string[] =>
      typeof node.props.children === 'string' ? [node.props.children] : node.props.children.flatMap(texts);
    expect(texts(tree)).toEqual(['T', 'B', 'S']);
  });
  it('returns the same tree for the same content, so the image cache can key on it', () => {
    const card = { title: 'T', byline: 'B', siteName: 'S' };
    expect(JSON.stringify(cardTree(card))).toBe(JSON.stringify(cardTree({ ...card })));
  });
});
