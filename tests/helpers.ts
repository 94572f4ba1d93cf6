import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { treeBlocks, type FileBlock } from '../src/alignment/blocks.ts';
import { cacheDirFor } from '../src/content/folders.ts';
import { runBuild } from './build/run-build.ts';
import type { LearnerLayer } from '../src/learn/layer.ts';

/** The project's root, where npm scripts run. */
export const root = new URL('..', import.meta.url).pathname;

/** The fixtures' short article, a trimmed pair: quick to build. */
export const fixtureSlug = 'counterterrorism-champions';

/** The temporary folders made here (fixtures, build output), and the build cache of each content folder. */
const temporary: string[] = [];

/** A fresh temporary folder (`folder`) holding a copy of the fixture articles (`articles`). */
export async function fixtureCopy(): Promise<{ folder: string; articles: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'bilingual-articles-'));
  const articles = join(folder, 'articles');
  await cp(new URL('fixtures/articles', import.meta.url), articles, { recursive: true });
  temporary.push(folder, resolve(root, cacheDirFor(articles)));
  return { folder, articles };
}

/** Runs a command in the project's root; resolves to its exit code and everything it printed. */
export function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? 1, output })));
}

/** The fixtures' whole article, a copy of the first published pair: tests may assert its exact text. */
export const fullSlug = 'islamabad-dialogue';

const fullDir = new URL(`fixtures/articles/${fullSlug}/`, import.meta.url);

/** The whole fixture article's files, to make other content from. */
export const seed = {
  en: readFileSync(new URL('en.md', fullDir), 'utf8'),
  zh: readFileSync(new URL('zh.md', fullDir), 'utf8'),
};

/** Writes a content folder of articles (slug → file name → text, or bytes) to a new temporary folder. */
export function contentFixture(articles: Record<string, Record<string, string | Uint8Array>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  temporary.push(dir, resolve(root, cacheDirFor(dir)));
  for (const [slug, files] of Object.entries(articles)) {
    mkdirSync(join(dir, slug));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, slug, name), text);
  }
  return dir;
}

/** Builds the site (astro build, without the content check) from a content folder into a new temporary folder. */
export async function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'out-'));
  temporary.push(outDir);
  return { outDir, ...(await runBuild({ contentDir, outDir })) };
}

/** Removes the temporary folders made here, with the build cache of each content folder. */
export async function removeTemporaryFolders(): Promise<void> {
  await Promise.all(temporary.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
}

/** A learner's layer's text (`learn.json`): its words and what lies between them, joined. */
export function layerText({ blocks }: LearnerLayer): string {
  return Object.values(blocks)
    .flatMap((segments) => segments.map((s) => (typeof s === 'string' ? s : s[0])))
    .join('');
}

/** The top-level blocks of a rendered file's HTML, as the pairing reads the Markdown pipeline's tree. */
export function fileBlocks(html: string): FileBlock[] {
  return treeBlocks(fromHtml(html, { fragment: true }));
}
