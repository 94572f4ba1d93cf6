/**
 * The dev server on many generated article pairs, as an editor meets it, beside plain Astro's
 * (one page per Markdown file, builds.ts `plainProject`) on the same files:
 *
 *   node_modules/.bin/node tests/bench/dev.ts [pairs]   (default: 1000)
 *
 * - first start: `astro dev` with an empty cache, until an article page is served (every
 *   file's frontmatter read into the content store, every article rendered and paired);
 * - second start: the same, with the cache the first left;
 * - edits: a word changed in one article's English file, until the article's page, open in a
 *   browser tab (Chromium, which the dev server tells to reload), shows it; five times, each once
 *   the server is idle again (two seconds after the tab showed the edit before) and the tab's dev
 *   client is connected.
 * The starts are timed until the page answered (polled every 50 ms). The figures are printed beside
 * the last run of the same size on this machine (tests/bench/results/dev-<pairs>.json).
 * CHROME_PATH picks the browser (default /usr/bin/chromium).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { cacheDirFor } from '../../src/content/folders.ts';
import { plainProject } from './builds.ts';
import { generateArticles } from './generate-articles.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const pairs = Number(process.argv[2] || 1000);
const port = Number(process.env['BENCH_PORT'] || 4376);
const slug = 'generated-article-0001';
const EDITS = 5;
const chromePath = process.env['CHROME_PATH'] || '/usr/bin/chromium';
const results = join(root, 'tests/bench/results', `dev-${pairs}.json`);

/** One figure: a server's time for a step, with what it is made of. */
interface Row {
  server: string;
  pairs: number;
  step: string;
  time: string;
  detail?: string;
}

/** Milliseconds until a page answers 200 with a body that passes `test`. */
async function until(page: string, test: (body: string) => boolean, limit = 600_000): Promise<number> {
  const start = performance.now();
  while (performance.now() - start < limit) {
    const body = await fetch(page).then((r) => (r.ok ? r.text() : ''), () => '');
    if (body && test(body)) return performance.now() - start;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${page} did not answer as expected within ${limit / 1000} s`);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Starts a project's dev server twice on the content folder, and edits one article on the second. */
async function measure(server: string, projectRoot: string, path: string, content: string): Promise<Row[]> {
  const page = `http://localhost:${port}${path}`;
  const rows: Row[] = [];
  for (const start of ['first start', 'second start'] as const) {
    const child = spawn(process.execPath, [astro, 'dev', '--port', String(port)], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: content },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    try {
      rows.push({ server, pairs, step: start, time: seconds(await until(page, () => true)) });
      if (start === 'first start') continue;
      const file = join(content, slug, 'en.md');
      const times: number[] = [];
      // Polling the page would have the server render it again and again while it takes the edit
      // in: a tab reloads once, when the server says the content changed.
      const browser = await chromium.launch({ executablePath: chromePath, args: ['--no-sandbox', '--disable-background-networking'] });
      try {
        const tab = await browser.newPage();
        // The server's reload reaches a tab only once its dev client is connected, which a busy
        // server may take more than the two seconds below to allow: each edit waits for it.
        let connections = 0;
        tab.on('websocket', (socket) =>
          socket.on('framereceived', ({ payload }) => {
            if (String(payload).includes('"connected"')) connections++;
          }),
        );
        await tab.goto(page);
        for (let i = 0; i < EDITS; i++) {
          await new Promise((r) => setTimeout(r, 2000));
          // One connection for the first load, then one for each reload.
          const waited = performance.now();
          while (connections <= i) {
            if (performance.now() - waited > 60_000) throw new Error(`${page}: the tab's dev client did not connect within a minute`);
            await new Promise((r) => setTimeout(r, 50));
          }
          const text = await readFile(file, 'utf8');
          const word = / ([a-z]{6,}) /.exec(text.slice(text.indexOf('\n---\n') + 5))![1]!;
          const mark = `Edited${'x'.repeat(i + 1)}`;
          const start = performance.now();
          await writeFile(file, text.replace(` ${word} `, ` ${mark} `));
          await tab.waitForFunction((m) => document.body?.textContent?.includes(m), mark, { polling: 50, timeout: 600_000 });
          times.push(performance.now() - start);
        }
      } finally {
        await browser.close();
      }
      const sorted = [...times].sort((a, b) => a - b);
      rows.push({ server, pairs, step: 'edit one article', time: seconds(sorted[Math.floor(EDITS / 2)]!), detail: `median of ${times.map(seconds).join(', ')}` });
    } finally {
      child.kill();
      await once(child, 'exit');
    }
  }
  return rows;
}

const work = await mkdtemp(join(tmpdir(), 'bench-dev-'));
const content = join(work, 'content');
const plain = join(work, 'plain');
try {
  await plainProject(plain, false);
  const rows: Row[] = [];
  for (const [server, projectRoot, path] of [
    ['site', root, `/en/${slug}/`],
    ['plain Astro', plain, `/${slug}/en/`],
  ] as const) {
    // Each server edits its own copy of the articles, from an empty cache.
    await rm(content, { recursive: true, force: true });
    generateArticles(content, pairs);
    rows.push(...(await measure(server, projectRoot, path, content)));
  }
  const previous: Row[] = existsSync(results) ? JSON.parse(readFileSync(results, 'utf8')) : [];
  const last = (row: Row) => previous.find((r) => r.server === row.server && r.step === row.step)?.time ?? '';
  console.table(rows.map((row) => ({ ...row, 'last run': last(row) })));
  await mkdir(join(root, 'tests/bench/results'), { recursive: true });
  await writeFile(results, JSON.stringify(rows, null, 2));
} finally {
  await rm(resolve(root, cacheDirFor(content)), { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
}
