import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/alignment/blocks.ts';
import { renderBlocks } from '../../src/site/render.ts';
import { siteFromHtml } from './pages.ts';
import { checkReader, longEnoughForReaderView, readerView } from './reader.ts';

const block = (id: string, tag: string, text: string): Block => ({ id, tag, attributes: '', html: text, text, links: [], ids: [] });

/**
 * A short article, with paragraphs long enough for Readability to take the page for one (500
 * characters in all, and paragraphs of 140 for isProbablyReaderable).
 */
const en = [
  block('intro-p1', 'p', 'The harbour was built in the first years of the century, when the river still carried most of the trade inland, and the town grew around it.'),
  block('history', 'h2', 'History'),
  block('history-p1', 'p', 'Ships came from the south in spring and from the north in autumn, and each season left the quays, the warehouses and the streets a little wider.'),
  block('ports', 'h3', 'Two ports'),
  block('ports-p1', 'p', 'A second port opened downstream when the channel silted up, and for a while the two competed for the same ships, the same cargoes and the same crews.'),
  block('today', 'h2', 'Today'),
  block('today-p1', 'p', 'Both are quiet now: the old harbour is a park, the new one handles timber and grain, and the river carries visitors more often than goods.'),
];
const zh = [
  block('intro-p1', 'p', '这座港口建于本世纪初。那时，河流仍然承载着通往内陆的大部分贸易，城镇也围绕着港口发展起来。每年春天和秋天，商船往来不断，码头、仓库和街道都随之扩大，沿河的村庄渐渐连成一片，新的道路从港口通向四面八方，来自各地的商人在这里定居，开设了商行、客栈和钱庄，港口一时成为整个地区最繁忙的地方。'),
  block('history', 'h2', '历史'),
  block('history-p1', 'p', '船只春天从南方来，秋天从北方来。每个季节过后，码头、仓库和街道都会变得更宽一些，城里的人口也随之增加，新的市场和学校相继建成，城镇的面貌一年比一年不同。到了世纪中叶，港口已经能够同时停泊上百艘船只，仓库沿着河岸绵延数里，城里的居民大多以港口为生。'),
  block('ports', 'h3', '两个港口'),
  block('ports-p1', 'p', '航道淤塞后，下游又开了第二个港口。有一段时间，两个港口争夺同样的船只、同样的货物和同样的船员，商人们在两地之间来回奔波，价格也随之起落，直到新港口最终胜出。老港口的商行陆续迁走，只留下空荡荡的仓库和几家坚持经营的老店，见证着往日的繁华。'),
  block('today', 'h2', '今天'),
  block('today-p1', 'p', '如今两个港口都很安静：老港口成了公园，新港口装卸木材和粮食，河上往来的游客比货物更多。每到周末，沿河的步道上总是挤满了散步的人，咖啡馆和小店也都坐满了客人，老仓库改成了博物馆和书店，向来访的人讲述这座港口城市的故事。'),
];

const labels = { en: { section: 'Link to this section', peek: 'Show the Chinese translation' }, zh: { section: '本节链接', peek: '显示英文原文' } };

/** An article page as the site writes one, with its controls: skip link, language toggle, share link, contents, section links, peek. */
function articlePage(lang: 'en' | 'zh', blocks: Block[], title: string): string {
  const other = lang === 'en' ? 'zh' : 'en';
  const body = renderBlocks(blocks, {
    sectionLink: labels[lang].section,
    peek: { href: `/${lang}/a/bilingual/`, short: lang === 'en' ? '中' : 'EN', lang: other === 'zh' ? 'zh-CN' : 'en', label: labels[lang].peek },
  });
  const source =
    '<section class="source" aria-label="Source"><dl><dt>Source</dt><dd><a href="https://example.org/harbour" lang="en">The Harbour</a></dd>' +
    '<dt>Publisher</dt><dd>Example Press</dd></dl></section>';
  return (
    `<!doctype html><html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><title>${title} · Site</title><meta property="og:title" content="${title}"></head>` +
    '<body><a class="skip-link" href="#main">Skip to the article</a><header class="site-header"><a href="/">Site</a>' +
    `<nav aria-label="Language"><a href="/${other}/a/">${other}</a></nav></header><main id="main"><article class="article">` +
    `<header class="title-block"><h1>${title}</h1><p class="meta"><time datetime="2025-08-22">22 August 2025</time>` +
    `<a class="share" href="/${lang}/a/" data-share>Share this article</a></p></header>` +
    '<details class="contents"><summary>Contents</summary><nav aria-label="Contents"><ol><li><a href="#history">History</a></li></ol></nav></details>' +
    `<div class="prose article-body">${body}${source}</div></article></main></body></html>`
  );
}

const check = (lang: 'en' | 'zh', html: string) =>
  checkReader(siteFromHtml({ pages: { [`${lang}/a/index.html`]: html } }).pages[0]!, {
    lang: lang === 'en' ? 'en' : 'zh-CN',
    labels: [labels[lang].section, labels[lang].peek, 'Share this article', 'Contents'],
  });

/** The markup the site had before: a heading and its link in a div, and the controls' names as hidden text. */
const hiddenTextInDivs = (html: string) =>
  html
    .replace(/<header class="heading">(.*?)<\/header>/g, '<div class="heading">$1</div>')
    .replace(/ aria-label="([^"]*)">(<span aria-hidden="true"[^>]*>[^<]*<\/span>)<\/a>/g, '>$2<span class="visually-hidden">$1</span></a>');

describe('readerView', () => {
  it('returns the title, language and text Readability finds', () => {
    const view = readerView(articlePage('en', en, 'The Harbour'))!;
    expect(view).toMatchObject({ title: 'The Harbour', lang: 'en', readerable: true });
    expect(view.text).toContain('Two ports');
  });
});

describe('checkReader', () => {
  it('returns nothing for an article page in the site’s markup, in either language', () => {
    expect(check('en', articlePage('en', en, 'The Harbour'))).toEqual([]);
    expect(check('zh', articlePage('zh', zh, '港口'))).toEqual([]);
  });
  it('returns the headings dropped and the labels shown when a div holds each heading and its link, and the labels are hidden text', () => {
    const peekShown = (label: string, path: string) => Array(4).fill(`${path}: Readability shows “${label}”, a control’s text`);
    expect(check('en', hiddenTextInDivs(articlePage('en', en, 'The Harbour')))).toEqual([
      '/en/a/: Readability drops <h2> (#history) “History”, or moves it',
      '/en/a/: Readability drops <h3> (#ports) “Two ports”, or moves it',
      '/en/a/: Readability drops <h2> (#today) “Today”, or moves it',
      ...peekShown('Show the Chinese translation', '/en/a/'),
    ]);
    expect(check('zh', hiddenTextInDivs(articlePage('zh', zh, '港口')))).toEqual([
      '/zh/a/: Readability drops <h2> (#history) “历史”, or moves it',
      '/zh/a/: Readability drops <h3> (#ports) “两个港口”, or moves it',
      '/zh/a/: Readability drops <h2> (#today) “今天”, or moves it',
      ...peekShown('显示英文原文', '/zh/a/'),
    ]);
  });
  it('returns the source line dropped when it is a footer beside the body', () => {
    const html = articlePage('en', en, 'The Harbour').replace(/(<section class="source".*<\/section>)(<\/div>)/, '$2<footer class="source">$1</footer>');
    expect(check('en', html)).toEqual([
      '/en/a/: Readability drops from the source line <dt> “Source”, or moves it',
      '/en/a/: Readability drops from the source line <dd> “The Harbour”, or moves it',
      '/en/a/: Readability drops from the source line <dt> “Publisher”, or moves it',
      '/en/a/: Readability drops from the source line <dd> “Example Press”, or moves it',
    ]);
  });
  it('returns the title block and contents shown when the body is not marked as the article’s, or the title block is', () => {
    expect(check('en', articlePage('en', en, 'The Harbour').replace('prose article-body', 'prose'))).toEqual([
      '/en/a/: Readability shows “22 August 2025ContentsHistory”, a control’s text',
    ]);
    expect(check('en', articlePage('en', en, 'The Harbour').replace('title-block', 'article-header'))).toEqual([
      '/en/a/: Readability shows “22 August 2025”, which is not the article’s',
    ]);
  });
  it('returns nothing for an article too short for Firefox to offer Reader View', () => {
    const short = zh.map((b) => (b.tag === 'p' ? { ...b, html: b.text.slice(0, 60), text: b.text.slice(0, 60) } : b));
    const html = articlePage('zh', short, '港口');
    expect(readerView(html)?.readerable).toBe(false);
    expect(check('zh', html)).toEqual([]);
  });
  it('returns that Firefox would not offer Reader View when a long enough article is hidden from its test', () => {
    const html = articlePage('en', en, 'The Harbour').replace('<article class="article">', '<div class="article">').replace('</article>', '</div>').replaceAll('<p id=', '<p class="comment" id=');
    expect(check('en', html)).toContain('/en/a/: isProbablyReaderable says no: Firefox would not offer Reader View, though the article is long enough');
  });
  it('returns a title other than the h1 and a language other than the page’s', () => {
    const html = articlePage('en', en, 'The Harbour').replace('content="The Harbour"', 'content="Harbours"').replace('lang="en"', 'lang="en-GB"');
    expect(check('en', html)).toEqual([
      '/en/a/: Readability’s title is “Harbours”, not the article’s “The Harbour”',
      '/en/a/: Readability’s language is “en-GB”, expected “en”',
    ]);
  });
});

describe('longEnoughForReaderView', () => {
  it('returns true when the paragraphs past 140 characters add up past 20', () => {
    expect(longEnoughForReaderView(['a'.repeat(600)])).toBe(true);
    expect(longEnoughForReaderView(Array(5).fill('a'.repeat(160)))).toBe(true);
  });
  it('returns false for paragraphs under 140 characters, however many', () => {
    expect(longEnoughForReaderView(Array(50).fill('a'.repeat(139)))).toBe(false);
    expect(longEnoughForReaderView(['a'.repeat(540)])).toBe(false);
  });
});
