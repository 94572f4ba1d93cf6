import { describe, expect, it } from 'vitest';
import { articleTemplate } from '../../../src/cli/new-article.ts';
import { checkContent, checkFile, namelessHeadings, type ArticleFolder } from '../../../src/content/check.ts';

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
  it.each([
    ['c++: 1', 'c++'],
    ['(: 1', '('],
    ['[x]: 1', '[x]'],
    ['"a: b": 1', '"a: b"'],
  ])('returns the line and the fix for the unknown key in %s', (line, name) => {
    expect(problems(`${valid}\n${line}`)).toEqual([
      `content/articles/a/en.md:8: ${name}: not a field of an article. Remove it or check its spelling; the fields are title, description, published, source, translationNotice, originalHash.`,
    ]);
  });
  it.each(['published:', 'published: ""', 'published: \'\''])('returns the line and the fix for an empty date (%s)', (line) => {
    expect(problems(valid.replace('published: 2025-08-22', line))).toEqual([
      'content/articles/a/en.md:4: published: empty. Write the source’s publication date as YYYY-MM-DD, e.g. 2025-08-22.',
    ]);
  });
  it('returns the fix for a missing date', () => {
    expect(problems(valid.replace('published: 2025-08-22\n', ''))).toEqual([
      'content/articles/a/en.md:1: published: missing. Write the source’s publication date as YYYY-MM-DD, e.g. 2025-08-22.',
    ]);
  });
  it('returns the line and the fix for a date under a quoted key', () => {
    expect(problems(valid.replace('published: 2025-08-22', '"published": 2025-13-45'))).toEqual([
      'content/articles/a/en.md:4: "published": “2025-13-45” is not a calendar date. Write the source’s publication date as YYYY-MM-DD, e.g. 2025-08-22.',
    ]);
  });
  it('returns one fix for frontmatter that is not a set of fields', () => {
    expect(checkFile(folder('a', {}), 'en.md', '---\n- a list\n---\n\nThe text.\n')).toEqual([
      'content/articles/a/en.md:1: the frontmatter is not a set of fields. Write one field a line, as name: value, as README says.',
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
  it('returns the sanitiser’s removals of each file, found by its path', () => {
    const removed = new Map([['content/articles/a/zh.md', [{ line: 9, what: 'the id attribute of <a> “x”' }]]]);
    expect(checkContent([folder('a', { 'en.md': file, 'zh.md': file })], removed)).toEqual([
      expect.stringMatching(/^content\/articles\/a\/zh\.md:9: raw HTML the site does not publish, removed from the page: the id attribute of <a> “x”\./),
    ]);
  });
  it('returns a message and a suggestion for a folder name that is not a clean slug', () => {
    expect(checkContent([folder('My Article!', { 'en.md': file })])).toEqual([
      'content/articles/My Article!: the folder name is the article’s address. “My Article!” is not a clean URL slug: use only lower-case letters a-z, digits and single hyphens between words, with no hyphen at the start or end. Try “my-article”.',
    ]);
  });
});

describe('namelessHeadings', () => {
  it('returns the top-level headings without a letter or digit, with their lines', () => {
    expect(namelessHeadings('Text.\n\n## ???\n\n### 🚀\n\n🚀\n===\n\n##\n')).toEqual([
      { line: 3, text: '## ???' },
      { line: 5, text: '### 🚀' },
      { line: 7, text: '🚀' },
      { line: 10, text: '##' },
    ]);
  });
  it('returns headings whose letters are all markup: HTML tags, image texts, link targets', () => {
    expect(namelessHeadings('## <b>🚀</b>\n\n## ![Launch](https://example.org/a.png)\n\n## [🚀](https://example.org/)\n').map((h) => h.line)).toEqual([1, 3, 5]);
  });
  it('returns nothing for headings with words, code, quotes, lists and rules', () => {
    expect(namelessHeadings('## 🚀 Launch\n\n```sh\n# ---\n```\n\n> ## ?\n\n- ?\n---\n\n***\n')).toEqual([]);
  });
  it('returns nothing for headings whose words are in a link, code, a character reference or a footnote number', () => {
    expect(namelessHeadings('## [Launch](#x)\n\n## `🚀`code\n\n## &#65;\n\n## 🚀[^1]\n\n[^1]: A note.\n')).toEqual([]);
  });
});

describe('checkFile on headings', () => {
  const body = (text: string) => `${frontmatter(valid).replace('The text.', text)}`;
  it.each(['## ???', '## 🚀'])('returns the line and the fix for the heading %s in the original', (heading) => {
    expect(checkFile(folder('a', {}), 'en.md', body(`The text.\n\n${heading}\n\nMore.`))).toEqual([
      `content/articles/a/en.md:12: the heading “${heading}” gives no id: a section’s id (the #fragment of its address) is made of its heading’s letters and digits, and emoji and punctuation are left out. Give the heading words in letters or digits.`,
    ]);
  });
  it('returns nothing for a heading that starts with an emoji, or for a translation’s headings', () => {
    expect(checkFile(folder('a', {}), 'en.md', body('## 🚀 Launch\n\nText.'))).toEqual([]);
    expect(checkFile(folder('a', {}), 'zh.md', body('## ？？？\n\n文本。'))).toEqual([]);
  });
});

describe('checkFile on raw HTML', () => {
  it('returns each removal of the site’s sanitiser with its line and the fix', () => {
    expect(checkFile(folder('a', {}), 'en.md', frontmatter(valid), [{ line: 12, what: '<script> “alert(1)” with its content' }])).toEqual([
      'content/articles/a/en.md:12: raw HTML the site does not publish, removed from the page: <script> “alert(1)” with its content. ' +
        'Remove it; README’s “Raw HTML in articles” lists what an article may use.',
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
