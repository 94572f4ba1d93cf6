import { describe, expect, it } from 'vitest';
import { checkLanguage } from './language.ts';
import { siteFromHtml } from './pages.ts';

const check = (file: string, html: string) => {
  const site = siteFromHtml({ pages: { [file]: html } });
  return checkLanguage(site, site.pages[0]!);
};

describe('checkLanguage', () => {
  it('returns nothing when the other language is marked, and for Latin text in Chinese', () => {
    expect(check('en/a/index.html', '<html lang="en"><body><a lang="zh-CN" hreflang="zh-CN">中文</a></body></html>')).toEqual([]);
    expect(check('zh/a/index.html', '<html lang="zh-CN"><body><p>巴基斯坦塔利班运动(TTP)</p></body></html>')).toEqual([]);
  });
  it('returns an <html lang> that is not the path’s language', () => {
    expect(check('zh/a/index.html', '<html lang="en"><body></body></html>')).toEqual(['/zh/a/: <html lang="en">, expected “zh-CN”']);
    expect(check('404.html', '<html><body></body></html>')).toEqual(['/404.html: <html lang="">, expected “en”']);
  });
  it('returns nothing for each Chinese script marked as itself', () => {
    expect(check('zh-hant/a/index.html', '<html lang="zh-Hant"><body><p>簡體與繁體</p><a lang="zh-CN">简体</a></body></html>')).toEqual([]);
    expect(check('zh/a/index.html', '<html lang="zh-CN"><body><p>简体与繁体</p><a lang="zh-Hant">繁體</a></body></html>')).toEqual([]);
  });
  it('returns Simplified Chinese marked Traditional, and Traditional marked Simplified', () => {
    expect(check('zh-hant/a/index.html', '<html lang="zh-Hant"><body><p>繁體中文</p><a>简</a></body></html>')).toEqual([
      '/zh-hant/a/: Simplified Chinese “简” in <a> marked “zh-Hant”',
    ]);
    expect(check('zh/a/index.html', '<html lang="zh-CN"><body><p lang="zh-CN">繁體</p></body></html>')).toEqual([
      '/zh/a/: Traditional Chinese “繁體” in <p> marked “zh-CN”',
    ]);
  });
  it('returns Chinese text, or a Chinese label, in an element marked English', () => {
    expect(
      check('index.html', '<html lang="en"><head><title>双语</title></head><body><section lang="en"><h1>选择语言</h1></section><img alt="图"></body></html>'),
    ).toEqual(['/: zh-CN text “选择语言” in <h1> marked “en”', '/: zh-CN text “图” in <img> marked “en”']);
  });
});
