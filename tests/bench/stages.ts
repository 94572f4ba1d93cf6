/**
 * Stages of the build timed alone, in this process, on generated article pairs: for a change to
 * one stage, whose gain a whole build's drift (±10% on two cores) hides.
 *
 *   node_modules/.bin/node tests/bench/stages.ts [pairs] [stage…] [--rounds N]
 *   (default: 300 pairs, every stage, 4 rounds)
 *
 * It writes `pairs` generated pairs (generate-articles.ts) into tests/bench/results/stages-<pairs>/
 * and builds them once (into `site/` there) unless a build kept their paired articles
 * (site/kept-articles.ts), the learner's dictionary and the site. Each stage then runs over all
 * of them `rounds` times; it prints the fastest round (the others are the JIT warming up and the
 * collector), per item, and a digest of what the stage made, which an optimisation must leave as
 * it is:
 *
 * - `markdown`: every Markdown file's body to the tree the pairing reads (`markdownTree`);
 * - `traditional`: every Simplified version's blocks converted (`traditionalBlocks`);
 * - `layers`: every Chinese version's learner's layer (`learnerLayer`), each article's text made
 *   its own (generated pairs repeat one article's text, which real articles do not);
 * - `cards`: 60 cards drawn into an empty cache (`cardFiles`, the build's pool of worker threads
 *   with its heap limits, one thread as beside the pages), the same 60 each round;
 * - `search`: the search index of the built article pages, written as the build writes it (the
 *   integration's own step, its cache emptied each round).
 *
 * Run it alone on a quiet machine; to compare two versions of the code, run it in each in turn.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Block } from '../../src/alignment/blocks.ts';
import { cacheDirFor, overridesFileFor, siteCacheDir } from '../../src/content/folders.ts';
import { readOverrides } from '../../src/editions/traditional-overrides.ts';
import { toTraditional, traditionalBlocks } from '../../src/editions/traditional.ts';
import { siteCards } from '../../src/integrations/card-pages.ts';
import { cardFiles, closePool } from '../../src/integrations/card-pool.ts';
import { SEARCH_CACHE, searchIndex } from '../../src/integrations/search-index.ts';
import { chineseCharacters, learnerLayer, learnerLocales } from '../../src/learn/layer.ts';
import { loadDictionary, lookup } from '../../src/learn/dictionary.ts';
import { markdownBody, markdownTree } from '../../src/markdown/pipeline.ts';
import type { Article } from '../../src/site/article.ts';
import { runBuild } from '../build/run-build.ts';
import { generateArticles } from './generate-articles.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i < 0 ? undefined : args.splice(i, 2)[1];
};
const rounds = Number(option('--rounds') ?? 4);
const pairs = Number(args.find((a) => /^\d+$/.test(a)) ?? 300);
const STAGES = ['markdown', 'traditional', 'layers', 'cards', 'search'] as const;
const asked = args.filter((a) => !/^\d+$/.test(a));
const unknown = asked.filter((a) => !(STAGES as readonly string[]).includes(a));
if (unknown.length) throw new Error(`Unknown stage ${unknown.join(', ')}: the stages are ${STAGES.join(', ')}.`);
const stages = STAGES.filter((s) => !asked.length || asked.includes(s));

const results = join(root, 'tests/bench/results', `stages-${pairs}`);
const content = join(results, 'content');
const site = join(results, 'site');
const kept = join(root, cacheDirFor(content), 'articles');

generateArticles(content, pairs);
if (!existsSync(kept) || readdirSync(kept).length < pairs || !existsSync(join(root, siteCacheDir, 'learn')) || !existsSync(join(site, 'en'))) {
  console.log(`Building the ${pairs} pairs once, to pair them…`);
  await rm(site, { recursive: true, force: true });
  const build = await runBuild({ contentDir: content, outDir: site, force: false });
  if (build.code !== 0) throw new Error(`The build failed:\n${build.output.slice(-3000)}`);
}
// The kept articles of this content, by slug (their files are named by hashes, of the code too),
// each with its blocks, kept in a file beside it.
const read = (name: string) => JSON.parse(readFileSync(join(kept, name), 'utf8')) as unknown;
const articles: Article[] = readdirSync(kept)
  .filter((name) => !name.endsWith('.blocks.json'))
  .map((name) => {
    const { article } = read(name) as { article: Article };
    const blocks = read(name.replace(/\.json$/, '.blocks.json')) as Record<string, Block[]>;
    for (const [locale, version] of Object.entries(article.versions)) version.blocks = blocks[locale]!;
    return article;
  })
  .filter((article) => existsSync(join(content, article.slug)))
  .sort((a, b) => a.slug.localeCompare(b.slug));

/** The files under a folder, in order. */
const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();

/**
 * Runs a stage over its items `rounds` times, each time on a fresh copy of its input (`input`, not
 * timed), as a build gives it once; prints the fastest round per item and the digest of its output.
 */
async function time<T>(stage: string, items: number, unit: string, input: () => T, run: (input: T) => unknown): Promise<void> {
  const ms: number[] = [];
  let output: unknown;
  for (let r = 0; r < rounds; r++) {
    const copy = input();
    const start = performance.now();
    output = await run(copy);
    ms.push(performance.now() - start);
  }
  const digest = createHash('sha256').update(JSON.stringify(output)).digest('hex').slice(0, 16);
  const best = Math.min(...ms);
  console.log(
    `${stage.padEnd(12)} ${items} ${unit}s: ${(best / items).toFixed(3)} ms/${unit} (rounds ${ms.map((m) => m.toFixed(0)).join(', ')} ms); output ${digest}`,
  );
}

for (const stage of stages) {
  if (stage === 'markdown') {
    const files = articles.flatMap((a) => readdirSync(join(content, a.slug)).map((f) => join(content, a.slug, f)));
    const bodies = files.map((file) => ({ file, body: markdownBody(readFileSync(file, 'utf8')) }));
    const render = markdownTree('/');
    await time(stage, files.length, 'file', () => bodies, (list) => Promise.all(list.map(({ file, body }) => render(body, file))));
  } else if (stage === 'traditional') {
    const convert = toTraditional(readOverrides(overridesFileFor(content)).overrides);
    const simplified = articles.flatMap((a) => (a.versions.zh ? [a.versions.zh.blocks] : []));
    await time(stage, simplified.length, 'article', () => structuredClone(simplified), (list) => list.map((blocks) => traditionalBlocks(blocks, convert)));
  } else if (stage === 'layers') {
    const dictionary = loadDictionary(siteCacheDir);
    // Generated pairs are one article's text again and again: each block here starts with its
    // article's number, so that no text read once is found again in the next article, as in real ones.
    const distinct = articles.map((a, i) => {
      const versions = Object.entries(a.versions).map(([l, v]) => [l, { ...v, blocks: v.blocks.map((b) => ({ ...b, html: `${i} ${b.html}`, text: `${i} ${b.text}` })) }]);
      return { ...a, versions: Object.fromEntries(versions) as Article['versions'] };
    });
    const layers = distinct.flatMap((a) =>
      learnerLocales.flatMap((locale) => {
        const version = a.versions[locale];
        if (!version) return [];
        const source = version.convertedFrom ? a.versions[version.convertedFrom]?.blocks : undefined;
        return [{ blocks: version.blocks, locale, source }];
      }),
    );
    const words = Object.fromEntries(learnerLocales.map((l) => [l, lookup(dictionary, chineseCharacters(l)!)]));
    // Copied as the build's worker thread receives them: one Simplified version, its layer's blocks
    // and its Traditional layer's source, is one list of blocks.
    await time(stage, layers.length, 'layer', () => structuredClone(layers), (list) => list.map((l) => learnerLayer(l.blocks, l.locale, words[l.locale]!, l.source)));
  } else if (stage === 'search') {
    // The build's own step, from the built pages, into an empty cache each round.
    const hooks = searchIndex(content).hooks as Record<string, (options: unknown) => Promise<void> | void>;
    const logger = { info: () => {} };
    const cache = await mkdtemp(join(tmpdir(), 'search-'));
    await hooks['astro:config:setup']!({ config: { cacheDir: pathToFileURL(`${cache}/`) } });
    await hooks['astro:config:done']!({ config: { site: undefined, base: '/' } });
    const pages = articles.reduce((n, a) => n + Object.keys(a.versions).length, 0);
    await time(stage, pages, 'page', () => undefined, async () => {
      await rm(join(cache, SEARCH_CACHE), { recursive: true, force: true });
      await rm(join(site, 'pagefind'), { recursive: true, force: true });
      await hooks['astro:build:done']!({ dir: pathToFileURL(`${site}/`), logger });
      return filesOf(join(site, 'pagefind')).map((file) => [relative(site, file), createHash('sha256').update(readFileSync(file)).digest('hex')]);
    });
    await rm(cache, { recursive: true, force: true });
  } else {
    const batch = siteCards(content)
      .slice(0, 60)
      .map(({ card }) => card);
    await time(stage, batch.length, 'card', () => batch, async (cards) => {
      const cache = await mkdtemp(join(tmpdir(), 'cards-'));
      try {
        const files = await cardFiles(cards, cache);
        return files.map((file) => createHash('sha256').update(readFileSync(file)).digest('hex'));
      } finally {
        await rm(cache, { recursive: true, force: true });
      }
    });
    await closePool();
  }
}
