/**
 * Times the site's build against plain Astro builds of the same Markdown, for generated article
 * pairs, and prints a table:
 *
 *   node_modules/.bin/node tests/bench/builds.ts [pairs…]   (default: 1 200 1000)
 *
 * For each size:
 * - plain: a project with one page per Markdown file and nothing else, Astro's defaults;
 * - plain, same Markdown: the same with the site's Markdown stack (unified, remark-gfm,
 *   rehype-slug; no syntax highlighting or smart punctuation), which Astro's default does not use;
 * - site, cold: `astro build --force`, no content cache and no preview card drawn before;
 * - site, warm: the same again, cards and search index cached (a rebuild after editing text);
 * - site, cards cached: `astro build --force` with the cards drawn before (the search index
 *   written again), which shows what drawing the cards adds to the cold build.
 * Every build renders every Markdown file (no content cache) except the warm one. Each kind is
 * built twice, in turn: the faster time and the higher peak memory count.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirFor } from '../../src/content/folders.ts';
import { SEARCH_CACHE } from '../../src/integrations/search-index.ts';
import { runBuild } from '../build/run-build.ts';
import { generateArticles } from './generate-articles.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface BuildFigures {
  build: string;
  pairs: number;
  seconds: number;
  peakMemoryMB: number | undefined;
}

/** Writes a plain Astro project (one page per Markdown file) into a folder; `stack` uses the site's Markdown stack. */
export async function plainProject(dir: string, stack: boolean): Promise<void> {
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(
    join(dir, 'astro.config.mjs'),
    stack
      ? `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
export default defineConfig({
  outDir: process.env.OUT_DIR,
  cacheDir: './.astro-cache',
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug], gfm: false, smartypants: false }) },
});
`
      : `import { defineConfig } from 'astro/config';
export default defineConfig({ outDir: process.env.OUT_DIR, cacheDir: './.astro-cache' });
`,
  );
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '*/*.md', base: process.env.CONTENT_DIR }), schema: z.looseObject({ title: z.string() }) }),
};
`,
  );
  await writeFile(
    join(dir, 'src/pages/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en"><head><meta charset="utf-8"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>
`,
  );
  // The site's packages, Astro among them.
  await symlink(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

/**
 * Builds each kind for each number of pairs, in a temporary folder, `runs` times in turn; keeps
 * each kind's fastest time (this machine's speed varies from minute to minute) and highest memory.
 */
export async function compareBuilds(sizes: number[], runs = 2): Promise<BuildFigures[]> {
  const work = await mkdtemp(join(tmpdir(), 'bench-builds-'));
  const figures: BuildFigures[] = [];
  try {
    const plain = join(work, 'plain');
    const plainStack = join(work, 'plain-stack');
    await plainProject(plain, false);
    await plainProject(plainStack, true);
    for (const pairs of sizes) {
      const content = join(work, `content-${pairs}`);
      const out = join(work, `out-${pairs}`);
      // The site's cache for this content folder (content store, cards).
      const cache = resolve(root, cacheDirFor(content));
      generateArticles(content, pairs);
      const kept = new Map<string, BuildFigures>();
      const run = async (build: string, options: { root?: string; force?: boolean }) => {
        // Every build writes into an empty folder, as `npm run build` does: Astro would first
        // delete what the build before wrote there, and count it in this one's time.
        await rm(out, { recursive: true, force: true });
        const result = await runBuild({ contentDir: content, outDir: out, ...options });
        if (result.code !== 0) throw new Error(`${build}, ${pairs} pairs, failed:\n${result.output}`);
        const seconds = result.ms / 1000;
        const peakMemoryMB = result.peakRss && result.peakRss / 2 ** 20;
        console.error(`${build}, ${pairs} pairs: ${seconds.toFixed(1)} s, ${peakMemoryMB?.toFixed(0) ?? 'n/a'} MB`);
        const before = kept.get(build);
        kept.set(build, {
          build,
          pairs,
          seconds: Math.min(seconds, before?.seconds ?? Infinity),
          peakMemoryMB: Math.max(peakMemoryMB ?? 0, before?.peakMemoryMB ?? 0) || undefined,
        });
      };
      for (let i = 0; i < runs; i++) {
        await run('plain', { root: plain });
        await run('plain, same Markdown', { root: plainStack });
        await rm(cache, { recursive: true, force: true });
        await run('site, cold', {});
        await run('site, warm', { force: false });
        await rm(join(cache, SEARCH_CACHE), { recursive: true, force: true });
        await run('site, cards cached', {});
      }
      figures.push(...kept.values());
      await rm(cache, { recursive: true, force: true });
      await rm(content, { recursive: true, force: true });
      await rm(out, { recursive: true, force: true });
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return figures;
}

/** The figures as table rows, each with its ratio to the plain build of the same size. */
export function buildTable(figures: BuildFigures[]) {
  return figures.map((f) => {
    const plain = figures.find((p) => p.build === 'plain' && p.pairs === f.pairs)!;
    const sameMarkdown = figures.find((p) => p.build === 'plain, same Markdown' && p.pairs === f.pairs)!;
    return {
      build: f.build,
      'article pairs': f.pairs,
      time: `${f.seconds.toFixed(1)} s`,
      'peak memory': f.peakMemoryMB ? `${f.peakMemoryMB.toFixed(0)} MB` : 'n/a',
      '× plain': (f.seconds / plain.seconds).toFixed(1),
      '× same Markdown': (f.seconds / sameMarkdown.seconds).toFixed(1),
    };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number);
  const figures = await compareBuilds(sizes.length ? sizes : [1, 200, 1000]);
  console.table(buildTable(figures));
}
