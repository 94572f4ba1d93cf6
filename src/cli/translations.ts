/**
 * `npm run translations`: for every article, the state of each translation: missing, current,
 * stale (with the sections of the original that changed since the stamp) or structure mismatch.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { convertedFrom, localeKeys, sourceLocale } from '../i18n/locales.ts';
import { fileBlocks, pairBlocks } from '../lib/pairing.ts';
import { changedSections, textHash } from '../lib/stamp.ts';
import { describeState, type TranslationState } from '../lib/translation-state.ts';
import { markdownOptions } from '../markdown/pipeline.ts';
import { readContent } from './content.ts';

const processor = await createMarkdownProcessor(markdownOptions('/'));

async function render(file: string, text: string) {
  const { code } = await processor.render(parseFrontmatter(text).content);
  return { file, blocks: fileBlocks(code), source: () => text };
}

/** The body of the original as it was when its hash was `hash`, looked up in the git history. */
function stampedBody(file: string, hash: string): string | undefined {
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', dirname(file), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    for (const commit of git('log', '--format=%H', '--', basename(file)).split('\n').filter(Boolean)) {
      const old = parseFrontmatter(git('show', `${commit}:./${basename(file)}`));
      if (textHash(String(old.frontmatter['title'] ?? ''), old.content) === hash) return old.content;
    }
  } catch {
    // Not a git checkout, or git is missing: the sections cannot be named.
  }
  return undefined;
}

async function state(original: { file: string; text: string }, translation: { file: string; text: string } | undefined): Promise<TranslationState> {
  if (!translation) return { state: 'missing' };
  try {
    pairBlocks(await render(original.file, original.text), await render(translation.file, translation.text));
  } catch (error) {
    return { state: 'mismatch', message: (error as Error).message };
  }
  const stamp = parseFrontmatter(translation.text).frontmatter['originalHash'];
  const now = parseFrontmatter(original.text);
  if (typeof stamp !== 'string' || stamp === textHash(String(now.frontmatter['title'] ?? ''), now.content)) return { state: 'current' };
  const before = stampedBody(original.file, stamp);
  return { state: 'stale', sections: before === undefined ? undefined : changedSections(before, now.content) };
}

let problems = 0;
for (const folder of readContent()) {
  const text = folder.files[`${sourceLocale}.md`];
  if (text === undefined) continue;
  for (const locale of localeKeys.filter((l) => l !== sourceLocale)) {
    const own = folder.files[`${locale}.md`];
    const from = convertedFrom(locale);
    if (own === undefined && from && folder.files[`${from}.md`] !== undefined) {
      console.log(`${folder.name} ${locale}: converted from ${from}.md`);
      continue;
    }
    const s = await state(
      { file: join(folder.path, `${sourceLocale}.md`), text },
      own === undefined ? undefined : { file: join(folder.path, `${locale}.md`), text: own },
    );
    if (s.state === 'mismatch') problems++;
    console.log(describeState(folder.name, locale, s));
  }
}
process.exitCode = problems ? 1 : 0;
