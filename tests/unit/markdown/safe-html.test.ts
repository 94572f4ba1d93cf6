import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import { removalMessage, type Removal } from '../../../src/content/removals.ts';
import { rehypeSafeHtml, sanitizeHtml, withFileLines } from '../../../src/markdown/rehype-safe-html.ts';

const harmless =
  '<p>The <abbr title="World Health Organization">WHO</abbr><sup>1</sup> said <span lang="zh-CN">你好</span>, ' +
  '<a href="https://example.org/" lang="en" title="Example">a link</a> <q>quoted</q>, <bdi dir="rtl">abc</bdi>, ' +
  '<time datetime="2025-01-01">New Year</time>, <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby>, H<sub>2</sub>O, ' +
  '<a href="/en/other/#a-section">a path</a>, <a href="#here">a fragment</a>, <a href="mailto:a@example.org">mail</a>.</p>' +
  '<table><thead><tr><th align="left">a</th></tr></thead><tbody><tr><td align="right">1</td></tr></tbody></table>' +
  '<ul><li><input type="checkbox" checked disabled> a task</li></ul>';

function sanitized(html: string): { html: string; removed: Removal[] } {
  const result = sanitizeHtml(fromHtml(html, { fragment: true }));
  return { html: toHtml(result.tree), removed: result.removed };
}

const whats = (html: string) => sanitized(html).removed.map((r) => r.what);

describe('sanitizeHtml', () => {
  it('returns what an editor may write as it is, with nothing removed', () => {
    expect(sanitized(harmless)).toEqual({ html: harmless, removed: [] });
  });
  it('returns scripts, frames, styles and form controls removed with their content, each with its line', () => {
    const result = sanitized(
      '<p>a</p>\n<script>alert(1)</script>\n<iframe src="https://evil.example/"></iframe><style>p{}</style>\n' +
        '<form><input type="text"></form><p>b <input type="checkbox"></p>',
    );
    expect(result.html).toBe('<p>a</p>\n\n\n<p>b </p>');
    expect(result.removed).toEqual([
      { line: 2, what: '<script> “alert(1)” with its content' },
      { line: 3, what: '<iframe> with its content' },
      { line: 3, what: '<style> “p{}” with its content' },
      { line: 4, what: '<form> with its content' },
      { line: 4, what: '<input>' },
    ]);
  });
  it('returns event handlers, style attributes and URLs that are not http(s), mailto or paths removed, keeping the element', () => {
    const result = sanitized(
      '<p onclick="steal()" style="color:red">x</p><a href=" java\tscript:alert(1)">y</a><a href="data:text/html,x">z</a><img src="vbscript:x" alt="z" onerror="x()">',
    );
    expect(result.html).toBe('<p>x</p><a>y</a><a>z</a><img alt="z">');
    expect(result.removed.map((r) => r.what)).toEqual([
      'the onclick attribute of <p> “x”',
      'the style attribute of <p> “x”',
      'the href attribute of <a> “y” (“ java\tscript:alert(1)” is not an http, https or mailto URL, a path from the site’s root or a #fragment)',
      'the href attribute of <a> “z” (“data:text/html,x” is not an http, https or mailto URL, a path from the site’s root or a #fragment)',
      'the src attribute of <img> (“vbscript:x” is not an http or https URL, a path from the site’s root or a #fragment)',
      'the onerror attribute of <img>',
    ]);
  });
  it('returns links and images with a URL relative to the page removed, keeping those from the site’s root, with a scheme or to a fragment', () => {
    const html =
      '<a href="../other/">a</a><a href="other">b</a><a href="">c</a><img src="chart.png" alt="d">' +
      '<a href="/en/other/#x">e</a><a href="#intro">f</a><a href="https://example.org/">g</a><a href="mailto:a@example.org">h</a><img src="/images/chart.png" alt="i">';
    expect(sanitized(html).html).toBe(
      '<a>a</a><a>b</a><a>c</a><img alt="d">' +
        '<a href="/en/other/#x">e</a><a href="#intro">f</a><a href="https://example.org/">g</a><a href="mailto:a@example.org">h</a><img src="/images/chart.png" alt="i">',
    );
    const relative = (url: string) =>
      `(“${url}” is relative to the page, and an article has a page in each language and view: write it from the site’s root, as /en/my-article/ or /images/a.png for a file in public/, or as a full URL)`;
    expect(whats(html)).toEqual([
      `the href attribute of <a> “a” ${relative('../other/')}`,
      `the href attribute of <a> “b” ${relative('other')}`,
      `the href attribute of <a> “c” ${relative('')}`,
      `the src attribute of <img> ${relative('chart.png')}`,
    ]);
  });
  it('returns data-*, class, name and id removed: an article can pass for none of the page’s own elements', () => {
    const html =
      '<span data-locales=\'{"en":"https://evil.example/"}\'>a</span><a href="https://example.com/good" data-bilingual="https://evil.example/">b</a>' +
      '<img name="querySelector" src="/x.png" alt=""><a id="status">c</a><p id="background" class="status" data-astro-cid-abc="">d</p>';
    expect(sanitized(html).html).toBe('<span>a</span><a href="https://example.com/good">b</a><img src="/x.png" alt=""><a>c</a><p>d</p>');
    expect(whats(html)).toEqual([
      'the data-locales attribute of <span> “a”',
      'the data-bilingual attribute of <a> “b”',
      'the name attribute of <img>',
      'the id attribute of <a> “c”',
      'the id attribute of <p> “d”',
      'the class attribute of <p> “d”',
      'the data-astro-cid-abc attribute of <p> “d”',
    ]);
  });
  it('returns an unknown element removed, its content kept', () => {
    expect(sanitized('<div><p>kept <font color="red">text</font></p></div>')).toEqual({
      html: '<p>kept text</p>',
      removed: [
        { line: 1, what: '<div> “kept text”, keeping its content' },
        { line: 1, what: '<font> “text”, keeping its content' },
      ],
    });
  });
  it('returns comments removed without a word', () => {
    expect(sanitized('<p>a<!-- <script>alert(1)</script> --></p>')).toEqual({ html: '<p>a</p>', removed: [] });
  });
});

describe('removalMessage', () => {
  it('returns the file, the line, what was removed and the fix', () => {
    expect(removalMessage('content/articles/a/en.md', { line: 12, what: 'the onclick attribute of <a> “here”' })).toBe(
      'content/articles/a/en.md:12: raw HTML the site does not publish, removed from the page: the onclick attribute of <a> “here”. ' +
        'Remove it; README’s “Raw HTML in articles” lists what an article may use.',
    );
  });
});

describe('withFileLines', () => {
  it('returns the lines counted from the top of the file, above the body Astro renders', () => {
    const text = '---\ntitle: A\n---\n\n\nBody\n\n<b onclick="x()">b</b>\n';
    expect(withFileLines([{ line: 3, what: 'x' }], text, 'Body\n\n<b onclick="x()">b</b>')).toEqual([{ line: 8, what: 'x' }]);
  });
});

describe('rehypeSafeHtml', () => {
  /** A tree as the Markdown pipeline hands it over: raw HTML still unparsed, inline tags split. */
  const markdownTree = (...raws: string[]): Root => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: raws.map((value) => ({ type: 'raw', value })) }],
  });
  const run = (tree: Root) => {
    const report = vi.fn();
    const file = new VFile({ path: '/site/content/articles/a/en.md', value: 'Body' });
    return { html: toHtml(rehypeSafeHtml({ report })(tree, file)), report };
  };

  it('returns the raw HTML parsed, unchanged when harmless, and reports nothing', () => {
    const { html, report } = run(markdownTree('<span lang="en">', 'English', '</span>'));
    expect(html).toBe('<p><span lang="en">English</span></p>');
    expect(report).not.toHaveBeenCalled();
  });
  it('returns the tree without the hostile HTML and reports the file, its body and each removal', () => {
    const { html, report } = run(markdownTree('<a href="javascript:alert(1)" onclick="steal()">', 'here', '</a>', '<script>alert(1)</script>'));
    expect(html).toBe('<p><a>here</a></p>');
    expect(report).toHaveBeenCalledWith('/site/content/articles/a/en.md', 'Body', [
      expect.objectContaining({ what: expect.stringMatching(/^the href attribute of <a> “here”/) }),
      expect.objectContaining({ what: 'the onclick attribute of <a> “here”' }),
      expect.objectContaining({ what: '<script> “alert(1)” with its content' }),
    ]);
  });
  it('returns a Markdown link with a script URL without it', () => {
    const link: Root = fromHtml('<p><a href="javascript:alert(1)">x</a></p>', { fragment: true });
    expect(run(link).html).toBe('<p><a>x</a></p>');
  });
  it('returns Markdown’s own classes dropped without a report: the site styles none of them', () => {
    const { html, report } = run(fromHtml('<ul class="contains-task-list"><li class="task-list-item">x</li></ul>', { fragment: true }));
    expect(html).toBe('<ul><li>x</li></ul>');
    expect(report).not.toHaveBeenCalled();
  });
});
