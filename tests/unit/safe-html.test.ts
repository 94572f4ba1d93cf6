import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rehypeSafeHtml, sanitizeHtml } from '../../src/markdown/rehype-safe-html.ts';

const harmless =
  '<p>The <abbr title="World Health Organization">WHO</abbr><sup>1</sup> said <span lang="zh-CN">你好</span>, ' +
  '<a href="https://example.org/" lang="en">a link</a> <q>quoted</q>.</p>' +
  '<ul><li><input type="checkbox" disabled> a task</li></ul>';

function sanitized(html: string): { html: string; removed: string[] } {
  const tree = fromHtml(html, { fragment: true });
  const removed = sanitizeHtml(tree);
  return { html: toHtml(tree), removed };
}

describe('sanitizeHtml', () => {
  it('returns nothing and keeps what an editor may write, lang included', () => {
    expect(sanitized(harmless)).toEqual({ html: harmless, removed: [] });
  });
  it('removes scripts, frames, styles and form controls with their content', () => {
    const result = sanitized(
      '<p>a</p><script>alert(1)</script><iframe src="https://evil.example/"></iframe><style>p{}</style>' +
        '<form><input type="text"></form><p>b <input type="checkbox"></p>',
    );
    expect(result.html).toBe('<p>a</p><p>b </p>');
    expect(result.removed).toEqual([
      'removed <script> “alert(1)” and its content',
      'removed <iframe> and its content',
      'removed <style> “p{}” and its content',
      'removed <form> and its content',
      'removed <input> and its content',
    ]);
  });
  it('removes event handlers, style attributes and script URLs, keeping the element', () => {
    const result = sanitized(
      '<p onclick="steal()" style="color:red">x</p><a href=" java\tscript:alert(1)">y</a><img src="vbscript:x" alt="z" onerror="x()">',
    );
    expect(result.html).toBe('<p>x</p><a>y</a><img alt="z">');
    expect(result.removed).toEqual([
      'removed the onclick attribute of <p> “x”',
      'removed the style attribute of <p> “x”',
      'removed the href attribute (a script URL) of <a> “y”',
      'removed the src attribute (a script URL) of <img>',
      'removed the onerror attribute of <img>',
    ]);
  });
  it('removes an unknown element but keeps its content', () => {
    expect(sanitized('<div><p>kept <font color="red">text</font></p></div>')).toEqual({
      html: '<p>kept text</p>',
      removed: ['removed <font> “text”, keeping its content', 'removed <div> “kept text”, keeping its content'],
    });
  });
});

describe('rehypeSafeHtml', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  afterEach(() => warn.mockClear());

  /** A tree as the Markdown pipeline hands it over: raw HTML still unparsed, inline tags split. */
  const markdownTree = (...raws: string[]): Root => ({
    type: 'root',
    children: [{ type: 'element', tagName: 'p', properties: {}, children: raws.map((value) => ({ type: 'raw', value })) }],
  });

  it('returns the raw HTML parsed, unchanged when harmless, without a warning', () => {
    const tree = rehypeSafeHtml()(markdownTree('<span lang="en">', 'English', '</span>'), new VFile({ path: 'a/zh.md' }));
    expect(toHtml(tree)).toBe('<p><span lang="en">English</span></p>');
    expect(warn).not.toHaveBeenCalled();
  });
  it('returns the tree without the hostile HTML and warns naming the file and each removal', () => {
    const tree = rehypeSafeHtml()(
      markdownTree('<a href="javascript:alert(1)" onclick="steal()">', 'here', '</a>', '<script>alert(1)</script>'),
      new VFile({ path: 'content/articles/a/en.md' }),
    );
    expect(toHtml(tree)).toBe('<p><a>here</a></p>');
    expect(warn).toHaveBeenCalledWith(
      'content/articles/a/en.md: raw HTML the site does not publish:\n' +
        '  removed the href attribute (a script URL) of <a> “here”\n' +
        '  removed the onclick attribute of <a> “here”\n' +
        '  removed <script> “alert(1)” and its content',
    );
  });
  it('returns a Markdown link with a script URL without it', () => {
    const link: Root = fromHtml('<p><a href="javascript:alert(1)">x</a></p>', { fragment: true });
    expect(toHtml(rehypeSafeHtml()(link, new VFile({ path: 'a/en.md' })))).toBe('<p><a>x</a></p>');
  });
});
