import { afterAll, describe, expect, it } from 'vitest';
import { cardAt, siteCards } from '../../../src/integrations/card-pages.ts';
import { contentFixture, removeTemporaryFolders } from '../../helpers.ts';

const frontmatter = (title: string, published = '2025-08-22') =>
  `---\ntitle: "${title}"\ndescription: "D."\npublished: ${published}\nsource:\n  url: "https://news.example/a/"\n  publisher: "news.example"\n---\n\nText.\n`;

/**
 * A content folder: a translated article, one whose Traditional Chinese is written by hand, one in
 * English only, one whose frontmatter is broken, and one scheduled (its translation dated in 2999).
 */
const content = contentFixture({
  both: { 'en.md': frontmatter('Both'), 'zh.md': frontmatter('两者的软件') },
  written: { 'en.md': frontmatter('Written'), 'zh.md': frontmatter('软件'), 'zh-hant.md': frontmatter('軟件') },
  alone: { 'en.md': frontmatter('Alone') },
  broken: { 'en.md': '---\ntitle: [broken\n---\n' },
  later: { 'en.md': frontmatter('Later'), 'zh.md': frontmatter('以后', '2999-01-01') },
});
afterAll(removeTemporaryFolders);

describe('siteCards', () => {
  const paths = (day?: string) => siteCards(content, day).map(({ path }) => path);

  it('returns each language list and each article in each language it has, but an article whose frontmatter is broken', () => {
    expect(paths().sort()).toEqual(
      [
        ...['/en/card.png', '/zh/card.png', '/zh-hant/card.png'],
        ...['/en/both/card.png', '/zh/both/card.png', '/zh-hant/both/card.png'],
        ...['/en/written/card.png', '/zh/written/card.png', '/zh-hant/written/card.png'],
        '/en/alone/card.png',
      ].sort(),
    );
  });
  it('returns the cards of a scheduled article only from its day on', () => {
    expect(paths('2998-12-31')).not.toContain('/en/later/card.png');
    expect(paths('2999-01-01')).toEqual(expect.arrayContaining(['/en/later/card.png', '/zh/later/card.png']));
  });
  it('returns with each path the card cardAt draws there', () => {
    for (const { path, card } of siteCards(content, '2999-01-01')) expect(card).toEqual(cardAt(content, path));
  });
});

describe('cardAt', () => {
  it('returns what an article card shows, in its language, and the language', () => {
    expect(cardAt(content, '/zh/both/card.png')).toEqual({
      content: { title: '两者的软件', byline: '来源：news.example', siteName: '双语文章' },
      lang: 'zh-CN',
    });
    expect(cardAt(content, '/en/alone/card.png')).toMatchObject({
      content: { title: 'Alone', byline: 'Source: news.example' },
      lang: 'en',
    });
  });
  it('returns a Traditional Chinese card converted from zh.md, or from zh-hant.md where the article has one', () => {
    expect(cardAt(content, '/zh-hant/both/card.png')).toEqual({
      content: { title: '兩者的軟體', byline: '來源：news.example', siteName: '雙語文章' },
      lang: 'zh-Hant',
    });
    expect(cardAt(content, '/zh-hant/written/card.png')).toMatchObject({ content: { title: '軟件' } });
  });
  it('returns a list card for a language', () => {
    expect(cardAt(content, '/en/card.png')).toMatchObject({ content: { siteName: 'Bilingual Articles' } });
    expect(cardAt(content, '/zh-hant/card.png')).toMatchObject({ content: { siteName: '雙語文章' }, lang: 'zh-Hant' });
  });
  it('returns nothing for a missing translation, an unknown language, broken frontmatter or another path', () => {
    for (const path of [
      '/zh/alone/card.png',
      '/zh-hant/alone/card.png',
      '/fr/card.png',
      '/en/broken/card.png',
      '/en/both/',
      '/en/both/other.png',
    ]) {
      expect(cardAt(content, path)).toBeUndefined();
    }
  });
});
