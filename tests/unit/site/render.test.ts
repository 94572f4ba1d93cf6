import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/alignment/blocks.ts';
import { renderBlocks, renderPairs } from '../../../src/site/render.ts';

const block = (id: string, tag: string, html: string, attributes = ''): Block => ({
  id,
  tag,
  attributes,
  html,
  text: html.replace(/<[^>]+>/g, ''),
  links: [],
  ids: [],
});
const en = [block('history', 'h2', 'History'), block('history-p1', 'p', 'One <em>two</em>.', ' class="lead"')];
const zh = [block('history', 'h2', '历史'), block('history-p1', 'p', '一<em>二</em>。')];

describe('renderBlocks', () => {
  it('gives every block its id, a link control named by aria-label beside headings, and keeps the content as written', () => {
    expect(renderBlocks(en, { sectionLink: 'Link to section' })).toBe(
      '<header class="heading"><h2 id="history">History</h2><a class="section-link" href="#history" data-share="" aria-label="Link to section: History"><span aria-hidden="true">#</span></a></header>\n' +
        '<p class="lead" id="history-p1">One <em>two</em>.</p>\n',
    );
  });
  it('ends every paragraph with a peek control that links the bilingual view at it', () => {
    const html = renderBlocks(en, { sectionLink: 'Link', peek: { href: '/en/a/bilingual/', short: '中', lang: 'zh-CN', label: 'Show the Chinese' } });
    expect(html).toContain(
      '<p class="lead" id="history-p1">One <em>two</em>. <a class="peek" href="/en/a/bilingual/#history-p1" data-peek="" aria-expanded="false" aria-label="Show the Chinese"><span aria-hidden="true" lang="zh-CN">中</span></a></p>',
    );
    expect(html.match(/data-peek/g)).toHaveLength(1);
  });
});

describe('renderPairs', () => {
  it('puts each block beside its translation in one unit with the shared id, each side in its language', () => {
    const html = renderPairs({ lang: 'en', blocks: en }, { lang: 'zh-CN', blocks: zh }, { sectionLink: '链接', headingsFrom: 'translation' });
    expect(html).toContain('<div class="pair pair-heading" id="history"><div class="side" lang="en"><h2>History</h2></div><div class="side" lang="zh-CN"><h2>历史</h2></div><a class="section-link" href="#history"');
    expect(html).toContain('aria-label="链接: 历史"><span aria-hidden="true">#</span></a></div>');
    expect(html).toContain('<div class="pair" id="history-p1"><div class="side" lang="en"><p class="lead">One <em>two</em>.</p></div><div class="side" lang="zh-CN"><p>一<em>二</em>。</p></div></div>');
  });
  it('gives the ids inside the translation’s blocks its language as a prefix, so that no id is on the page twice', () => {
    const noted = (text: string, note: string) => [
      { ...block('history-p1', 'p', `${text}<sup><a href="#fn:1" id="fnref:1">1</a></sup>`), links: ['#fn:1'], ids: ['fnref:1'] },
      { ...block('history-p2', 'section', `<ol><li id="fn:1">${note} <a href="#fnref:1">↩</a></li></ol>`), links: ['#fnref:1'], ids: ['fn:1'] },
    ];
    const html = renderPairs({ lang: 'en', blocks: noted('One', 'A') }, { lang: 'zh-CN', blocks: noted('一', '甲') }, { sectionLink: 'Link', headingsFrom: 'original' });
    expect(html).toContain('<div class="side" lang="en"><p>One<sup><a href="#fn:1" id="fnref:1">1</a></sup></p></div>');
    expect(html).toContain('<div class="side" lang="zh-CN"><p>一<sup><a href="#zh-CN:fn:1" id="zh-CN:fnref:1">1</a></sup></p></div>');
    expect(html).toContain('<div class="side" lang="en"><section><ol><li id="fn:1">A <a href="#fnref:1">↩</a></li></ol></section></div>');
    expect(html).toContain('<div class="side" lang="zh-CN"><section><ol><li id="zh-CN:fn:1">甲 <a href="#zh-CN:fnref:1">↩</a></li></ol></section></div>');
  });
});

describe('renderPairs, sentence by sentence', () => {
  it('writes each sentence group of a pair of paragraphs as a paragraph, the original’s sentences then their translation', () => {
    const a = [block('history', 'h2', 'History'), block('history-p1', 'p', '<span data-s>One.</span> <span data-s>Two <em>three.</em></span> <span data-s>Four.</span>')];
    const b = [block('history', 'h2', '历史'), block('history-p1', 'p', '<span data-s>一。</span><span data-s="3">四。</span>')];
    const html = renderPairs({ lang: 'en', blocks: a }, { lang: 'zh-CN', blocks: b }, { sectionLink: 'Link', headingsFrom: 'original', layout: 'sentences' });
    // Headings as in the other layout; each span numbered after the one before it, across languages.
    expect(html).toContain('<div class="pair pair-heading" id="history"><div class="side" lang="en"><h2>History</h2></div>');
    expect(html).toContain(
      '<div class="pair sentences" id="history-p1">' +
        '<p><span data-s lang="en">One. </span> <span data-s="1" lang="zh-CN">一。</span></p>' +
        '<p><span data-s lang="en">Two <em>three.</em> </span> </p>' +
        '<p><span data-s lang="en">Four.</span> <span data-s="3" lang="zh-CN">四。</span></p></div>',
    );
  });
});

describe('rendered HTML', () => {
  it('escapes text and attribute values it adds, and writes void blocks without content or end tag', () => {
    const blocks = [block('r-d', 'h2', 'R&amp;D'), { ...block('r-d-p1', 'hr', ''), attributes: ' class="rule"' }];
    blocks[0]!.text = 'R&D <now>';
    expect(renderBlocks(blocks, { sectionLink: 'Link "here"' })).toBe(
      '<header class="heading"><h2 id="r-d">R&amp;D</h2><a class="section-link" href="#r-d" data-share="" aria-label="Link &quot;here&quot;: R&amp;D &lt;now&gt;"><span aria-hidden="true">#</span></a></header>\n' +
        '<hr class="rule" id="r-d-p1">\n',
    );
  });
});
