import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isLocale, localeKeys, sourceLocale } from '../i18n/locales.ts';
import { isCalendarDate, isoDate } from './dates.ts';
import { keyAt } from './frontmatter.ts';
import { headingSlug, NAMELESS_HEADING } from './headings.ts';
import { removalMessage, type Removal } from './removals.ts';
import { articleSchema } from './schema.ts';
import { slugProblem } from './slugs.ts';
import { placeholderIn } from './template.ts';

/** One article folder as the content tools read it: its name and its files' texts. */
export interface ArticleFolder {
  /** The folder's path, for messages (`content/articles/my-article`). */
  path: string;
  name: string;
  files: Record<string, string>;
}

/** What an editor can fix about each field, said after the problem. */
const FIELD_HELP: Record<string, string> = {
  title: 'the title in this file’s language, in quotes',
  description: 'one sentence that says what the article is about',
  published: 'the source’s publication date as YYYY-MM-DD, e.g. 2025-08-22',
  source: 'the original’s url and publisher, indented under source:',
  'source.url': 'the original’s full address, starting with https://',
  'source.publisher': 'the publisher’s name',
  translationNotice: 'on a translation, the note on how it was made',
  originalHash: 'written by `npm run translation:stamp -- <slug>`; do not edit it by hand',
};
const FIELDS = Object.keys(articleSchema.shape).join(', ');

function at(folder: ArticleFolder, file: string, line?: number): string {
  return `${folder.path}/${file}${line ? `:${line}` : ''}`;
}

/** The fields `npm run new` fills with a placeholder. */
const PLACEHOLDER_FIELDS = [['title'], ['description'], ['source', 'url'], ['source', 'publisher']];

/**
 * The placeholders of `npm run new` a file still holds, in its frontmatter fields and its body,
 * with their lines. The file is parsed with its frontmatter blanked out, so that lines keep their numbers.
 */
function placeholderProblems({ frontmatter, rawFrontmatter, content }: ReturnType<typeof parseFrontmatter>): { line: number; what: string }[] {
  const found: { line: number; what: string }[] = [];
  for (const path of PLACEHOLDER_FIELDS) {
    const value = path.reduce<unknown>((data, key) => (data as Record<string, unknown> | undefined)?.[key], frontmatter);
    if (typeof value !== 'string' || !placeholderIn(value)) continue;
    const name = path.join('.');
    found.push({ line: keyAt(rawFrontmatter, path).line, what: `${name}: still the placeholder of npm run new. Write ${FIELD_HELP[name]}.` });
  }
  // The content keeps the file's lines: the frontmatter's are blank.
  content.split('\n').forEach((line, i) => {
    const placeholder = placeholderIn(line);
    if (placeholder) found.push({ line: i + 1, what: `still a placeholder of npm run new (“${placeholder}”). Write the article’s text in its place.` });
  });
  return found;
}

const markdown = unified().use(remarkParse).use(remarkGfm);
/** Markup whose characters a heading may not show: HTML tags, links' texts and targets, character references, emphasis. */
const MARKUP = /<[^>]*>|\([^)]*\)|\[[^\]]*\]|&[^;\s]*;|[*_`~\\#|!]/g;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t].*)?$/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/**
 * The text a heading shows, from which rehype-slug makes its id: without HTML tags, images or
 * link targets; a footnote reference shows its number.
 */
function shownText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'footnoteReference') return '1';
  return 'children' in node ? node.children.map(shownText).join('') : '';
}

/**
 * The top-level headings of a Markdown body that give no section id (see `headingSlug`), with
 * their lines. A body is parsed only when a heading line, or a line over a `===` or `---`
 * underline, gives no id even without its markup.
 * @example namelessHeadings('Text.\n\n## 🚀\n') // [{ line: 3, text: '## 🚀' }]
 */
export function namelessHeadings(body: string): { line: number; text: string }[] {
  // Markdown ends a line at \n, \r\n or \r.
  const lines = body.split(/\r\n?|\n/);
  const maybe = (line: string, i: number) =>
    (ATX_HEADING.test(line) || (line.trim() && SETEXT_UNDERLINE.test(lines[i + 1] ?? ''))) && !headingSlug(line.replace(MARKUP, ''));
  if (!lines.some(maybe)) return [];
  return markdown.parse(body).children.flatMap((node) =>
    node.type === 'heading' && node.position && !headingSlug(shownText(node)) ? [{ line: node.position.start.line, text: lines[node.position.start.line - 1]!.trim() }] : [],
  );
}

/**
 * The problems of one Markdown file's frontmatter and body, as messages naming the file, the line
 * and the fix; `removed` is what the site's sanitiser removes from its HTML (`unpublishedHtml`).
 */
export function checkFile(folder: ArticleFolder, file: string, text: string, removed: readonly Removal[] = []): string[] {
  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return [`${at(folder, file, mark ? mark.line + 1 : undefined)}: the frontmatter is not valid YAML (${reason}). Check the quotes, colons and indentation.`];
  }
  const problems: string[] = [];
  const { frontmatter, rawFrontmatter } = parsed;
  // YAML reads 2025-13-45 as a valid date in the next year: the text must be a real calendar day.
  // A date written plainly needs no second reading of the YAML (the slower one, with places).
  const date: unknown = frontmatter['published'];
  const plain = date instanceof Date && !Number.isNaN(date.getTime()) && new RegExp(`^published:[ \\t]+${isoDate(date)}[ \\t]*(?:#.*)?$`, 'm').test(rawFrontmatter);
  const published = plain ? undefined : keyAt(rawFrontmatter, ['published']);
  const result = articleSchema.safeParse(frontmatter);
  if (!result.success) {
    // A date that is written but not a calendar day is reported once, below, with the editor's own text.
    for (const issue of result.error.issues.filter((i) => i.path[0] !== 'published' || published?.value === undefined)) {
      if (!issue.path.length && issue.code !== 'unrecognized_keys') {
        problems.push(`${at(folder, file, 1)}: the frontmatter is not a set of fields. Write one field a line, as name: value, as README says.`);
        continue;
      }
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      for (const key of keys.length ? keys : [undefined]) {
        const path = key ? [...issue.path, key] : issue.path;
        const { line, name } = keyAt(rawFrontmatter, path);
        const field = path.join('.');
        const help = key ? `it or check its spelling; the fields are ${FIELDS}` : (Object.hasOwn(FIELD_HELP, field) ? FIELD_HELP[field] : 'it as README says');
        const missing = path.reduce<unknown>((data, k) => (data as Record<PropertyKey, unknown> | undefined)?.[k], frontmatter) === undefined;
        const what = key ? 'not a field of an article' : missing ? 'missing' : issue.message;
        problems.push(`${at(folder, file, line)}: ${name}: ${what}. ${key ? 'Remove' : 'Write'} ${help}.`);
      }
    }
  }
  if (published?.value !== undefined && !isCalendarDate(published.value)) {
    const what = published.value ? `“${published.value.replace(/\s+/g, ' ')}” is not a calendar date` : 'empty';
    problems.push(`${at(folder, file, published.line)}: ${published.name}: ${what}. Write ${FIELD_HELP['published']}.`);
  }
  problems.push(...removed.map((r) => removalMessage(at(folder, file), r)));
  problems.push(...placeholderProblems(parsed).map(({ line, what }) => `${at(folder, file, line)}: ${what}`));
  // Section ids come from the original's headings.
  if (file === `${sourceLocale}.md`) {
    for (const { line, text } of namelessHeadings(parsed.content)) {
      problems.push(`${at(folder, file, line)}: the heading “${text}” ${NAMELESS_HEADING}`);
    }
  }
  if (!parsed.content.trim()) {
    problems.push(`${at(folder, file)}: the article is empty. Write its text below the frontmatter (the block between the --- lines).`);
  }
  return problems;
}

/**
 * Every problem of the content folder that can be found without building the site: folder and
 * file names, frontmatter, dates, empty articles, translations without their original, duplicate
 * slugs and, from `removed` (keyed by file path, `<folder>/en.md`), raw HTML the site does not publish.
 */
export function checkContent(folders: ArticleFolder[], removed: ReadonlyMap<string, readonly Removal[]> = new Map()): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const folder of folders) {
    const key = folder.name.toLowerCase();
    if (seen.has(key)) {
      problems.push(`${folder.path}: the slug “${key}” is taken by ${seen.get(key)}. Give one of the two articles another folder name.`);
    }
    seen.set(key, folder.path);
    const slug = slugProblem(folder.name);
    if (slug) problems.push(`${folder.path}: the folder name is the article’s address. ${slug}`);
    const markdown = Object.keys(folder.files).filter((f) => f.endsWith('.md'));
    for (const file of markdown) {
      const lang = file.slice(0, -3);
      if (!isLocale(lang)) {
        problems.push(`${at(folder, file)}: “${lang}” is not a language of this site. Name the file after one of: ${localeKeys.map((l) => `${l}.md`).join(', ')}.`);
        continue;
      }
      problems.push(...checkFile(folder, file, folder.files[file]!, removed.get(at(folder, file))));
    }
    if (!markdown.includes(`${sourceLocale}.md`) && markdown.some((f) => isLocale(f.slice(0, -3)))) {
      problems.push(`${folder.path}: a translation without its original. Add ${sourceLocale}.md, or remove the folder.`);
    }
  }
  return problems;
}
