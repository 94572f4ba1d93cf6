import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudget, firstView, jsGzip, type Resource } from './budget.ts';
import { siteFromHtml } from './pages.ts';

const icon = '<link rel="icon" href="data:image/svg+xml,x">';
const page = (head: string, file = 'en/a/index.html') =>
  siteFromHtml({ pages: { [file]: `<html lang="en"><head>${head}</head><body><p>Text</p></body></html>` } }).pages[0]!;
const resource = (kind: Resource['kind'], gzip: number): Resource => ({ file: `x.${kind}`, kind, raw: gzip * 3, gzip, text: '' });

describe('firstView', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'budget-'));
    await mkdir(join(dir, '_astro'));
    await writeFile(join(dir, '_astro/a.js'), 'import{t as e}from"./b.js";e()');
    await writeFile(join(dir, '_astro/b.js'), 'export const t=()=>{}');
    await writeFile(join(dir, '_astro/s.css'), 'body{background:url(/bg.png)}');
  });
  afterAll(() => rm(dir, { recursive: true }));

  it('returns the HTML, its style sheets, its scripts with their imports and what the CSS loads', async () => {
    const view = await firstView(dir, '/', page(`${icon}<link rel="stylesheet" href="/_astro/s.css"><script type="module" src="/_astro/a.js"></script>`));
    expect(view.map((r) => [r.file, r.kind])).toEqual([
      ['en/a/index.html', 'html'],
      ['_astro/s.css', 'css'],
      ['bg.png', 'image'],
      ['_astro/a.js', 'js'],
      ['_astro/b.js', 'js'],
    ]);
    expect(view[3]).toMatchObject({ raw: 30, gzip: expect.any(Number) });
    expect(view[2]).toMatchObject({ raw: 0, gzip: 0 });
  });
  it('returns no request for a data: icon or a lazy image', async () => {
    expect(await firstView(dir, '/', page(`${icon}<img src="/x.png" loading="lazy" alt="">`))).toHaveLength(1);
  });
});

describe('jsGzip', () => {
  it('returns the gzip size of script files and inline scripts, not of data blocks', () => {
    const code = 'document.title = "x";'.repeat(20);
    const withInline = page(`<script type="module">${code}</script><script type="application/ld+json">{"@type":"Article"}</script>`);
    const inline = jsGzip(withInline, []);
    expect(inline).toBeGreaterThan(20);
    expect(inline).toBeLessThan(code.length);
    expect(jsGzip(withInline, [resource('js', 700)])).toBe(inline + 700);
    expect(jsGzip(page('<script type="application/ld+json">{}</script>'), [])).toBe(0);
  });
});

describe('checkBudget', () => {
  it('returns nothing within the budget', () => {
    expect(checkBudget(page(icon), [resource('html', 6000)])).toEqual([]);
  });
  it('returns too many bytes, requests or script', () => {
    expect(checkBudget(page(icon), [resource('html', 12000), resource('css', 2000), resource('js', 2500), resource('image', 10)])).toEqual([
      '/en/a/: 16.1 KB gzip of HTML, CSS and JS in the first view, over 14.0 KB',
      '/en/a/: 4 requests in the first view, over 1',
      '/en/a/: 2.4 KB gzip of JavaScript, over 2.0 KB',
    ]);
  });
  it('returns a web font, a favicon that costs a request and a render-blocking script', () => {
    expect(checkBudget(page('<style>@font-face{font-family:x}</style><script src="/a.js"></script>'), [resource('html', 100)])).toEqual([
      '/en/a/: a web font',
      '/en/a/: a favicon that costs a request (the browser asks for /favicon.ico unless a data: icon is linked)',
      '/en/a/: a script that blocks rendering: /a.js',
    ]);
  });
});
