/**
 * `npm run translation:stamp -- <slug>`: records, in each translation of an article, which
 * version of the original it was made from (`originalHash`). Run it after updating a translation.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { contentDir } from '../content/folders.ts';
import { setField, textHash } from '../content/stamp.ts';
import { localeKeys, sourceLocale } from '../i18n/locales.ts';
import { readContent } from './content.ts';

const slug = process.argv[2];
const { folders, problems } = readContent();
const folder = folders.find((f) => f.name === slug);
// Stamping rewrites the files: one that is not UTF-8 would lose its text.
const unreadable = problems.filter((problem) => folder && problem.startsWith(`${folder.path}/`));
if (unreadable.length) {
  console.error(unreadable.join('\n'));
  process.exit(1);
}
if (!slug || !folder?.files[`${sourceLocale}.md`]) {
  console.error(`Usage: npm run translation:stamp -- <slug>, where <slug> is a folder of ${contentDir} with ${sourceLocale}.md.`);
  process.exit(1);
}
const original = parseFrontmatter(folder.files[`${sourceLocale}.md`]!);
const hash = textHash(String(original.frontmatter['title'] ?? ''), original.content);
for (const locale of localeKeys.filter((l) => l !== sourceLocale && folder.files[`${l}.md`] !== undefined)) {
  const file = join(folder.path, `${locale}.md`);
  writeFileSync(file, setField(readFileSync(file, 'utf8'), 'originalHash', `"${hash}"`));
  console.log(`${file}: originalHash ${hash}`);
}
