/**
 * `npm run translations`: for every article, the state of each translation: missing, current,
 * stale (with the sections of the original that changed since the stamp) or structure mismatch;
 * then the paragraphs whose sentence alignment is uncertain, with their lines.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { treeBlocks, type Block } from '../alignment/blocks.ts';
import { pairBlocks } from '../alignment/pairing.ts';
import { alignmentReport } from '../alignment/report.ts';
import { changedSections, textHash } from '../content/stamp.ts';
import { describeState, type TranslationState } from '../content/translation-state.ts';
import { convertedFrom, localeKeys, sourceLocale, type Locale } from '../i18n/locales.ts';
import { markdownTree } from '../markdown/pipeline.ts';
import { readContent } from './content.ts';

// Raw HTML the site does not publish is the content check's to report, not this list's.
const renderTree = markdownTree('/', () => {});

async function render(file: string, text: string) {
  return { file, blocks: treeBlocks(await renderTree(parseFrontmatter(text).content, file)), source: () => text };
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

/** A translation's state, and the report's lines on its sentence alignment. */
async function state(
  original: { file: string; text: string },
  translation: { file: string; text: string } | undefined,
  locale: Locale,
): Promise<{ state: TranslationState; alignment: string[] }> {
  if (!translation) return { state: { state: 'missing' }, alignment: [] };
  const files = { original: await render(original.file, original.text), translation: await render(translation.file, translation.text) };
  let paired: { original: Block[]; translation: Block[] };
  try {
    paired = pairBlocks(files.original, files.translation);
  } catch (error) {
    return { state: { state: 'mismatch', message: (error as Error).message }, alignment: [] };
  }
  const alignment = alignmentReport(files, paired, locale);
  const stamp = parseFrontmatter(translation.text).frontmatter['originalHash'];
  const now = parseFrontmatter(original.text);
  if (typeof stamp !== 'string' || stamp === textHash(String(now.frontmatter['title'] ?? ''), now.content)) return { state: { state: 'current' }, alignment };
  const before = stampedBody(original.file, stamp);
  return { state: { state: 'stale', sections: before === undefined ? undefined : changedSections(before, now.content) }, alignment };
}

const { folders, problems: unreadable } = readContent();
if (unreadable.length) {
  console.error(unreadable.join('\n'));
  process.exit(1);
}
let problems = 0;
for (const folder of folders) {
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
      locale,
    );
    if (s.state.state === 'mismatch') problems++;
    console.log(describeState(folder.name, locale, s.state));
    for (const line of s.alignment) console.log(`  ${line}`);
  }
}
process.exitCode = problems ? 1 : 0;
