import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const seedDir = join(root, 'content/articles', readdirSync(join(root, 'content/articles'))[0]!);

/** The real article's files, to make fixtures from. */
export const seed = {
  en: readFileSync(join(seedDir, 'en.md'), 'utf8'),
  zh: readFileSync(join(seedDir, 'zh.md'), 'utf8'),
};

/** Writes a content folder of articles (slug → file name → text) to a new temporary folder. */
export function contentFixture(articles: Record<string, Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  for (const [slug, files] of Object.entries(articles)) {
    mkdirSync(join(dir, slug));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, slug, name), text);
  }
  return dir;
}

/** Runs a project command (an npm script's command line) on a content folder; returns its exit code and output. */
export function run(command: string[], contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), command, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, ...env },
  });
  return { code: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Builds the site from a content folder into a new temporary folder. */
export function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'out-'));
  return { outDir, ...run([join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], contentDir, { OUT_DIR: outDir }) };
}
