/**
 * The dev server on many generated article pairs, as an editor meets it:
 *
 *   node_modules/.bin/node tests/bench/dev.ts [pairs]   (default: 1000)
 *
 * - first start: `astro dev` with an empty cache, until an article page is served (every
 *   Markdown file rendered into the content store, the articles paired);
 * - second start: the same, with the cache the first left;
 * - edit: a word changed in one article's English file, until its page shows it.
 * Each figure is the time until the page answered with it (polled every 100 ms).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor } from '../../src/content/folders.ts';
import { generateArticles } from './generate-articles.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const pairs = Number(process.argv[2] || 1000);
const port = Number(process.env['BENCH_PORT'] || 4376);
const slug = 'generated-article-0001';
const page = `http://localhost:${port}/en/${slug}/`;

/** Milliseconds until the page answers 200 with a body that passes `test`. */
async function until(test: (body: string) => boolean, limit = 600_000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < limit) {
    const body = await fetch(page).then((r) => (r.ok ? r.text() : ''), () => '');
    if (body && test(body)) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${page} did not answer as expected within ${limit / 1000} s`);
}

const content = await mkdtemp(join(tmpdir(), 'bench-dev-content-'));
generateArticles(content, pairs);
const rows: Record<string, string | number>[] = [];
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
try {
  for (const start of ['first start', 'second start'] as const) {
    const server = spawn(process.execPath, [astro, 'dev', '--port', String(port)], { cwd: root, env: { ...process.env, CONTENT_DIR: content }, stdio: ['ignore', 'ignore', 'inherit'] });
    try {
      rows.push({ pairs, step: start, time: seconds(await until(() => true)) });
      if (start === 'second start') {
        const file = join(content, slug, 'en.md');
        const text = await readFile(file, 'utf8');
        const word = / ([a-z]{6,}) /.exec(text.slice(text.indexOf('\n---\n') + 5))![1]!;
        await writeFile(file, text.replace(` ${word} `, ' Edited '));
        rows.push({ pairs, step: 'edit one article', time: seconds(await until((body) => body.includes(' Edited '))) });
      }
    } finally {
      server.kill();
      await once(server, 'exit');
    }
  }
} finally {
  await rm(content, { recursive: true, force: true });
  await rm(resolve(root, cacheDirFor(content)), { recursive: true, force: true });
}
console.table(rows);
