import { afterEach, describe, expect, it } from 'vitest';
import { onRendering, pageFile, rendering } from '../../../src/site/page-files.ts';

describe('pageFile', () => {
  it('names the index file of a page’s folder, as Astro writes it', () => {
    expect(pageFile('/', '/zh/my-article/')).toBe('zh/my-article/index.html');
    expect(pageFile('/', '/en/my-article/bilingual/sentences/')).toBe('en/my-article/bilingual/sentences/index.html');
    expect(pageFile('/', '/')).toBe('index.html');
  });

  it('leaves out the base path, and names nothing outside it', () => {
    expect(pageFile('/articles/', '/articles/zh/my-article/')).toBe('zh/my-article/index.html');
    expect(pageFile('/articles/', '/articles/')).toBe('index.html');
    expect(pageFile('/articles', '/articles')).toBe('index.html');
    expect(pageFile('/articles/', '/other/zh/')).toBeUndefined();
    expect(pageFile('/articles/', '/en/')).toBeUndefined();
  });

  it('names a file with an extension as it is, and decodes the path', () => {
    expect(pageFile('/', '/en/rss.xml')).toBe('en/rss.xml');
    expect(pageFile('/articles/', '/articles/sitemap-index.xml')).toBe('sitemap-index.xml');
    expect(pageFile('/', '/en/caf%C3%A9/')).toBe('en/café/index.html');
    expect(pageFile('/', '/zh/%E6%96%87%E7%AB%A0/')).toBe('zh/文章/index.html');
  });

  it('names the file of a path with broken percent-encoding as it is written', () => {
    expect(pageFile('/', '/en/100%/')).toBe('en/100%/index.html');
  });
});

describe('rendering', () => {
  afterEach(() => onRendering(undefined));

  it('tells the listener each page’s path, and nothing once it stops', () => {
    const told: string[] = [];
    rendering('/en/');
    onRendering((pathname) => told.push(pathname));
    rendering('/en/a/');
    rendering('/zh/a/');
    onRendering(undefined);
    rendering('/zh-hant/a/');
    expect(told).toEqual(['/en/a/', '/zh/a/']);
  });
});
