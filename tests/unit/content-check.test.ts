import { describe, expect, it } from 'vitest';
import { checkContent, checkFile, isCalendarDate, lineOfKey, unsafeHtml, type ArticleFolder } from '../../src/lib/content-check.ts';
import { articleTemplate } from '../../src/lib/new-article.ts';

const frontmatter = (fields: string) => `---\n${fields}\n---\n\nThe text.\n`;
const valid = `title: "A title"
description: "One sentence."
published: 2025-08-22
source:
  url: "https://example.org/a/"
  publisher: "Example"`;
const folder = (name: string, files: Record<string, string>): ArticleFolder => ({ path: `content/articles/${name}`, name, files });
const problems = (fields: string) => checkFile(folder('a', {}), 'en.md', frontmatter(fields));

describe('checkFile', () => {
  it('returns nothing for a valid file', () => {
    expect(problems(valid)).toEqual([]);
  });
  it('returns the line and the fix for a missing field', () => {
    expect(problems(valid.replace('title: "A title"\n', ''))).toEqual([
      'content/articles/a/en.md:1: title: missing. Write the title in this file’s language, in quotes.',
    ]);
  });
  it('returns the line and the fix for a mistyped field', () => {
    expect(problems(valid.replace('title: "A title"', 'title: 2025'))[0]).toMatch(/^content\/articles\/a\/en\.md:2: title: .*expected string.*\. Write the title/);
  });
  it.each(['2025-13-45', '2025-02-30', '22/08/2025', 'last week', '"2025-8-22"'])('returns the line and the fix for the date %s', (date) => {
    expect(problems(valid.replace('2025-08-22', date))).toEqual([
      `content/articles/a/en.md:4: published: “${date.replaceAll('"', '')}” is not a calendar date. Write the source’s publication date as YYYY-MM-DD, e.g. 2025-08-22.`,
    ]);
  });
  it.each(['example.org/a/', '/a/', 'ftp://example.org/a/'])('returns the line and the fix for the source URL %s', (url) => {
    expect(problems(valid.replace('https://example.org/a/', url))).toEqual([
      'content/articles/a/en.md:6: source.url: must be an absolute http(s) URL. Write the original’s full address, starting with https://.',
    ]);
  });
  it('returns each unknown key with its line, at the top and nested', () => {
    expect(problems(`${valid}\n  author: "X"\ntittle: "Y"`)).toEqual([
      'content/articles/a/en.md:8: source.author: not a field of an article. Remove it or check its spelling; the fields are title, description, published, source, translationNotice, originalHash.',
      'content/articles/a/en.md:9: tittle: not a field of an article. Remove it or check its spelling; the fields are title, description, published, source, translationNotice, originalHash.',
    ]);
  });
  it('returns the line of broken YAML', () => {
    expect(problems(valid.replace('"One sentence."', '"One sentence.'))[0]).toMatch(/^content\/articles\/a\/en\.md:\d+: the frontmatter is not valid YAML \(.*\)\. Check the quotes, colons and indentation\./);
  });
  it('returns a message for an empty article', () => {
    expect(checkFile(folder('a', {}), 'en.md', `---\n${valid}\n---\n\n  \n`)).toEqual([
      'content/articles/a/en.md: the article is empty. Write its text below the frontmatter (the block between the --- lines).',
    ]);
  });
});

describe('checkContent', () => {
  const file = frontmatter(valid);
  it('returns nothing for an article and its translation', () => {
    expect(checkContent([folder('my-article', { 'en.md': file, 'zh.md': file })])).toEqual([]);
  });
  it('returns a message for a file in a language the site does not have', () => {
    expect(checkContent([folder('a', { 'en.md': file, 'fr.md': file })])).toEqual([
      'content/articles/a/fr.md: “fr” is not a language of this site. Name the file after one of: en.md, zh.md, zh-hant.md.',
    ]);
  });
  it('returns a message for a translation without its original', () => {
    expect(checkContent([folder('a', { 'zh.md': file })])).toEqual([
      'content/articles/a: a translation without its original. Add en.md, or remove the folder.',
    ]);
  });
  it('returns a message for two articles with the same slug', () => {
    expect(checkContent([folder('same', { 'en.md': file }), folder('Same', { 'en.md': file })])[0]).toBe(
      'content/articles/Same: the slug “same” is taken by content/articles/same. Give one of the two articles another folder name.',
    );
  });
  it('returns a message and a suggestion for a folder name that is not a clean slug', () => {
    expect(checkContent([folder('My Article!', { 'en.md': file })])).toEqual([
      'content/articles/My Article!: the folder name is the article’s address. “My Article!” is not a clean URL slug: use only lower-case letters a-z, digits and single hyphens between words, with no hyphen at the start or end. Try “my-article”.',
    ]);
  });
});

describe('lineOfKey', () => {
  const raw = '\ntitle: x\nsource:\n  url: y\n  publisher: z\n';
  it('returns the file line of a key, nested keys under their parent', () => {
    expect(lineOfKey(raw, ['title'])).toBe(2);
    expect(lineOfKey(raw, ['source', 'publisher'])).toBe(5);
  });
  it('returns the first line for a key that is not there', () => {
    expect(lineOfKey(raw, ['description'])).toBe(1);
  });
});

describe('isCalendarDate', () => {
  it('returns true only for real days written YYYY-MM-DD', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-8-22')).toBe(false);
  });
});

describe('unsafeHtml', () => {
  const file = (body: string) => `---\ntitle: x\n---\n\n${body}\n`;
  it('returns nothing for Markdown and the text elements an editor may use', () => {
    expect(unsafeHtml(file('A <span lang="en">word</span>, <abbr title="x">FATF</abbr>, H<sub>2</sub>O and [a link](https://example.org/).'))).toEqual([]);
  });
  it('returns scripts, frames, styles and forms with their lines', () => {
    expect(unsafeHtml(file('Text.\n\n<script>alert(1)</script>\n\n<iframe src="https://x"></iframe>'))).toEqual([
      { line: 7, what: '<script>' },
      { line: 9, what: '<iframe>' },
    ]);
  });
  it('returns event handlers, style attributes and javascript: URLs', () => {
    expect(unsafeHtml(file('<b onclick="x()">a</b> <span style="color:red">b</span> <a href="javascript:alert(1)">c</a> [d](javascript:alert(1))')).map((f) => f.what)).toEqual([
      'onclick=',
      'style=',
      'href="javascript:alert(1)"',
      'a javascript: link',
    ]);
  });
  it('returns nothing for HTML shown as code', () => {
    expect(unsafeHtml(file('Use `<script>` here.\n\n```html\n<script>x</script>\n```'))).toEqual([]);
  });
});

describe('checkFile on raw HTML', () => {
  it('returns the line and the fix for unsafe raw HTML', () => {
    expect(checkFile(folder('a', {}), 'en.md', `${frontmatter(valid)}\n<script>alert(1)</script>\n`)).toEqual([
      'content/articles/a/en.md:12: raw HTML the site does not publish (<script>). Remove it: an article may use text elements such as <span lang="…">, <abbr>, <sup> and <ruby>, but no scripts, frames, styles, forms or event handlers.',
    ]);
  });
});

describe('checkFile on a file fresh from npm run new', () => {
  const template = (locale: 'en' | 'zh') => articleTemplate(locale, new Date('2025-08-22'));
  const at = (text: string, line: number) => text.split('\n')[line - 1];

  it.each(['en', 'zh'] as const)('names every placeholder left in %s.md, each on its line', (locale) => {
    const text = template(locale);
    const found = checkFile(folder('a', {}), `${locale}.md`, text);
    const lines = found.map((message) => Number(/^content\/articles\/a\/\w+\.md:(\d+): /.exec(message)?.[1]));
    expect(found.filter((m) => /: (title|description|source\.url|source\.publisher): still the placeholder of npm run new\. Write /.test(m))).toHaveLength(4);
    expect(found.filter((m) => /: still a placeholder of npm run new \(“.+”\)\. Write the article’s text in its place\.$/.test(m))).toHaveLength(3);
    expect(found).toHaveLength(7);
    expect(lines.map((line) => at(text, line))).toEqual([
      expect.stringMatching(/^title: /),
      expect.stringMatching(/^description: /),
      expect.stringMatching(/^  url: /),
      expect.stringMatching(/^  publisher: /),
      ...text.split('\n---\n')[1]!.trim().split(/\n\n/),
    ]);
  });
  it('says nothing once the placeholders are replaced', () => {
    const text = template('en')
      .replace('https://example.org/replace-with-the-address-of-the-original/', 'https://news.example/a/')
      .replace(/"Replace with[^"]*"/g, '"Written"')
      .replace(/\n---\n[^]*$/, '\n---\n\nThe text.\n\n## A section\n\nIts text.\n');
    expect(checkFile(folder('a', {}), 'en.md', text)).toEqual([]);
  });
  it('does not take a word of a placeholder in a text for one', () => {
    expect(checkFile(folder('a', {}), 'zh.md', frontmatter(valid).replace('The text.', '将旧名称替换为新名称。'))).toEqual([]);
  });
});
