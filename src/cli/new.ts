/**
 * `npm run new -- <slug> [--zh]`: creates content/articles/<slug>/en.md, and with `--zh` its
 * translation, every frontmatter field commented and filled with a placeholder that the dev server
 * shows and `npm run check` (so the build) refuses until it is replaced.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../content/folders.ts';
import { slugProblem } from '../content/slugs.ts';
import { sourceLocale } from '../i18n/locales.ts';
import { articlePath } from '../i18n/urls.ts';
import { articleTemplate, writtenLocales } from './new-article.ts';

const translations = writtenLocales.filter((l) => l !== sourceLocale);
const usage =
  `Usage: npm run new -- <slug> ${translations.map((l) => `[--${l}]`).join(' ')}\n` +
  `Creates ${join(contentDir, '<slug>', `${sourceLocale}.md`)}; ` +
  translations.map((l) => `--${l} also creates its translation ${l}.md`).join(', ') +
  '.';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parse() {
  try {
    return parseArgs({
      options: Object.fromEntries(translations.map((l) => [l, { type: 'boolean' as const }])),
      allowPositionals: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${usage}`);
  }
}

const { values, positionals } = parse();
const [slug, ...extra] = positionals;
if (slug === undefined || extra.length) fail(`Give one slug, the last part of the article’s address.\n\n${usage}`);
const problem = slugProblem(slug);
if (problem) fail(problem);

const folder = join(contentDir, slug);
if (existsSync(folder)) {
  fail(`${folder} already exists: choose another slug, or open the files in that folder to edit the article.`);
}

const now = new Date();
const today = new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
const locales = [sourceLocale, ...translations.filter((l) => values[l])];
await mkdir(folder, { recursive: true });
for (const locale of locales) {
  const file = join(folder, `${locale}.md`);
  await writeFile(file, articleTemplate(locale, today), { flag: 'wx' });
  console.log(`Created ${relative(process.cwd(), file)}`);
}
console.log(
  '\nNext: replace every placeholder (the notes at the top of each file say which) and write the article. ' +
    `Preview it with \`npm run dev\` at http://localhost:4321${articlePath(sourceLocale, slug)}; ` +
    '`npm run check` lists the placeholders still left.',
);
