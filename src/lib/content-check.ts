import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isLocale, localeKeys, sourceLocale } from '../i18n/locales.ts';
import { removalMessage, type Removal } from '../markdown/rehype-safe-html.ts';
import { placeholderIn, slugProblem } from './new-article.ts';
import { articleSchema } from './schema.ts';

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

/** The line of a frontmatter key (`source.url` looks for `url:` under `source:`), counting the file's first line as 1. */
export function lineOfKey(rawFrontmatter: string, path: readonly PropertyKey[]): number {
  const lines = rawFrontmatter.split('\n');
  let from = 0;
  let found = -1;
  for (const key of path) {
    const at = lines.findIndex((line, i) => i >= from && new RegExp(`^\\s*${String(key)}\\s*:`).test(line));
    if (at < 0) break;
    found = from = at;
  }
  // rawFrontmatter starts right after the opening `---` line, with the line break that ends it.
  return found < 0 ? 1 : found + 1;
}

/** Whether a text is a real day written YYYY-MM-DD (2025-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const date = new Date(text);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

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
    found.push({ line: lineOfKey(rawFrontmatter, path), what: `${name}: still the placeholder of npm run new. Write ${FIELD_HELP[name]}.` });
  }
  // The content keeps the file's lines: the frontmatter's are blank.
  content.split('\n').forEach((line, i) => {
    const placeholder = placeholderIn(line);
    if (placeholder) found.push({ line: i + 1, what: `still a placeholder of npm run new (“${placeholder}”). Write the article’s text in its place.` });
  });
  return found;
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
  const result = articleSchema.safeParse(parsed.frontmatter);
  if (!result.success) {
    // A date that is not a calendar day is reported once, below, with the editor's own text.
    for (const issue of result.error.issues.filter((i) => i.path[0] !== 'published' || !/^published:/m.test(parsed.rawFrontmatter))) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
      for (const key of keys.length ? keys : [undefined]) {
        const path = key ? [...issue.path, key] : issue.path;
        const name = path.join('.');
        const line = lineOfKey(parsed.rawFrontmatter, path);
        const help = key ? `it or check its spelling; the fields are ${FIELDS}` : (FIELD_HELP[name] ?? 'it as README says');
        const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
        const what = key ? 'not a field of an article' : missing ? 'missing' : issue.message;
        problems.push(`${at(folder, file, line)}: ${name}: ${what}. ${key ? 'Remove' : 'Write'} ${help}.`);
      }
    }
  }
  // YAML reads 2025-13-45 as a valid date in the next year: the text must be a real calendar day.
  const date = /^published:[ \t]*(.*?)[ \t]*(?:#.*)?$/m.exec(parsed.rawFrontmatter)?.[1]?.replace(/^(["'])(.*)\1$/, '$2');
  if (date !== undefined && !isCalendarDate(date)) {
    problems.push(`${at(folder, file, lineOfKey(parsed.rawFrontmatter, ['published']))}: published: “${date}” is not a calendar date. Write ${FIELD_HELP['published']}.`);
  }
  problems.push(...removed.map((r) => removalMessage(at(folder, file), r)));
  problems.push(...placeholderProblems(parsed).map(({ line, what }) => `${at(folder, file, line)}: ${what}`));
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
