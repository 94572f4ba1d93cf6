import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY_PARTS } from '../../src/learn/glossary.ts';
import { fixtureCopy, fixtureSlug, fullSlug, layerText, removeTemporaryFolders } from '../helpers.ts';
import { runBuild, type BuildResult } from './run-build.ts';

afterAll(removeTemporaryFolders);

/** Every file of a built site, by its path in the site, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
  }
  return out;
}

/**
 * The pages a build's log says it kept from the build before (found linked: `cached`; copied:
 * `restored`), and those it rendered (colours or none, as CI=true gives them).
 */
function pages(result: BuildResult): { kept: string[]; copied: string[]; rendered: string[] } {
  const lines = [...stripVTControlCharacters(result.output).matchAll(/├─ (\S+)(.*)$/gm)];
  const marked = (pattern: RegExp) => lines.filter(([, , rest]) => pattern.test(rest!)).map(([, path]) => path!);
  return { kept: marked(/\((cached|restored)\)/), copied: marked(/\(restored\)/), rendered: marked(/\(\+\d/) };
}

/** How many learner's layers and glossary parts a build's log says it linked into the site, and how many of them it made. */
function learnerFiles(result: BuildResult): { layers: number; made: number; glossary: number; glossaryMade: number } {
  const found = /(\d+) learner's layers \((\d+) made\), (\d+) glossary parts \((\d+) made\)/.exec(stripVTControlCharacters(result.output))!;
  const [layers, made, glossary, glossaryMade] = found.slice(1).map(Number) as [number, number, number, number];
  return { layers, made, glossary, glossaryMade };
}

/** A build rendered every article's pages, the first time; the next ones keep what did not change. */
describe('building again', { timeout: 300_000 }, () => {
  let articles = '';
  const builds: { out: string; result: BuildResult }[] = [];
  let beforeForced = new Map<string, Buffer>();
  const layersOf = (i: number) => {
    const { layers, made } = learnerFiles(builds[i]!.result);
    return { layers, made };
  };
  const build = async (force: boolean) => {
    const out = await mkdtemp(join(tmpdir(), 'out-'));
    const result = await runBuild({ contentDir: articles, outDir: out, force });
    expect(result.code, result.output).toBe(0);
    builds.push({ out, result });
    return builds.at(-1)!;
  };

  beforeAll(async () => {
    let folder = '';
    ({ folder, articles } = await fixtureCopy());
    await build(true);
    await build(false);
    const zh = join(articles, fixtureSlug, 'zh.md');
    writeFileSync(zh, readFileSync(zh, 'utf8').replace(/^(title: ".*)"$/m, '$1（更正）"'));
    await build(false);
    // A phrase override changes the Traditional pages, and no article's file.
    writeFileSync(join(folder, 'traditional-overrides.txt'), '伊斯兰堡 = 伊斯蘭堡市\n');
    await build(false);
    rmSync(join(articles, fixtureSlug), { recursive: true });
    await build(false);
    // A build that renders every page, an article edited, beside one whose pages are links to the kept copies.
    beforeForced = files(builds[4]!.out);
    const full = join(articles, fullSlug, 'zh.md');
    writeFileSync(full, readFileSync(full, 'utf8').replace(/^(title: ".*)"$/m, '$1（再版）"'));
    await build(true);
  }, 300_000);

  it('renders every page the first time', () => {
    const { kept, rendered } = pages(builds[0]!.result);
    expect(kept).toEqual([]);
    expect(rendered).toContain(`/zh/${fixtureSlug}/index.html`);
    expect(rendered).toContain(`/en/${fullSlug}/bilingual/sentences/index.html`);
  });

  it('links the glossary’s parts into the site as files kept from the build that made them, not as pages', () => {
    const parts = [...files(builds[0]!.out).keys()].filter((p) => /^glossary\/[0-9a-f]+\/(simplified|traditional)\/\d+\.json$/.test(p));
    expect(parts).toHaveLength(2 * GLOSSARY_PARTS);
    // Kept with the dictionary, for builds of any content folder: the first build here may find them made.
    const counts = builds.map(({ result }) => learnerFiles(result));
    expect(counts.map((c) => c.glossary)).toEqual(builds.map(() => 2 * GLOSSARY_PARTS));
    expect(counts.slice(1).map((c) => c.glossaryMade)).toEqual(builds.slice(1).map(() => 0));
    for (const { result } of builds) expect(Object.values(pages(result)).flat().filter((p) => p.startsWith('/glossary/'))).toEqual([]);
  });

  it('keeps every article page, bilingual view and list page when nothing changed, linked rather than copied, keeps every learner’s layer, and the site is the same', () => {
    const { kept, copied, rendered } = pages(builds[1]!.result);
    const articlePages = [...files(builds[0]!.out).keys()].filter((p) => /^(en|zh|zh-hant)\/(?!search\/)[^/]+\/(.+\/)?index\.html$|^(en|zh|zh-hant)\/index\.html$/.test(p));
    expect(kept.map((p) => p.slice(1)).sort()).toEqual(articlePages.sort());
    // Linked into the new build before Astro writes a page, not copied.
    expect(copied).toEqual([]);
    expect(statSync(join(builds[1]!.out, 'en', fullSlug, 'index.html')).nlink).toBeGreaterThan(1);
    expect(rendered.some((p) => p.includes(fullSlug) || p.includes(fixtureSlug))).toBe(false);
    expect(layersOf(0).made).toBe(layersOf(0).layers);
    expect(layersOf(1)).toEqual({ layers: layersOf(0).layers, made: 0 });
    expect(files(builds[1]!.out)).toEqual(files(builds[0]!.out));
  });

  it('renders again the pages of an edited article and the lists it is in, and keeps the other article’s', () => {
    const { kept, rendered } = pages(builds[2]!.result);
    expect(rendered).toContain(`/zh/${fixtureSlug}/index.html`);
    expect(rendered).toContain(`/zh-hant/${fixtureSlug}/bilingual/sentences/index.html`);
    // A learner's layer holds the body's words, which the title's edit leaves as they were.
    expect(layersOf(2)).toEqual({ layers: layersOf(0).layers, made: 0 });
    expect(readFileSync(join(builds[2]!.out, 'zh', fixtureSlug, 'learn.json'))).toEqual(readFileSync(join(builds[1]!.out, 'zh', fixtureSlug, 'learn.json')));
    expect(rendered).toContain('/zh/index.html');
    expect(kept.filter((p) => p.includes(fixtureSlug))).toEqual([]);
    expect(kept.filter((p) => p.includes(fullSlug)).length).toBeGreaterThanOrEqual(9);
    expect(readFileSync(join(builds[2]!.out, 'zh', fixtureSlug, 'index.html'), 'utf8')).toMatch(/<h1[^>]*>[^<]*（更正）/);
    expect(readFileSync(join(builds[2]!.out, 'zh-hant', fixtureSlug, 'index.html'), 'utf8')).toMatch(/<h1[^>]*>[^<]*（更正）/);
  });

  it('leaves the build before as it was while it renders again pages that build links to', () => {
    // The edited pages were links to the previous build's files until they were rendered again.
    expect(readFileSync(join(builds[1]!.out, 'zh', fixtureSlug, 'index.html'), 'utf8')).not.toContain('（更正）');
    expect(readFileSync(join(builds[1]!.out, 'zh', 'index.html'), 'utf8')).not.toContain('（更正）');
    expect(files(builds[1]!.out)).toEqual(files(builds[0]!.out));
  });

  it('leaves the build before as it was when it renders every page (--force)', () => {
    // The build before linked its kept pages to the copies that this one writes again.
    expect(pages(builds[4]!.result).kept).toContain(`/en/${fullSlug}/index.html`);
    expect(pages(builds[4]!.result).copied).toEqual([]);
    expect(pages(builds[5]!.result).kept).toEqual([]);
    expect(readFileSync(join(builds[5]!.out, 'zh', fullSlug, 'index.html'), 'utf8')).toContain('（再版）');
    expect(files(builds[4]!.out)).toEqual(beforeForced);
  });

  it('removes the pages of an article no longer published, with their folders', () => {
    const { kept, rendered } = pages(builds[4]!.result);
    expect([...kept, ...rendered].filter((p) => p.includes(fixtureSlug))).toEqual([]);
    for (const locale of ['en', 'zh', 'zh-hant']) {
      expect(existsSync(join(builds[4]!.out, locale, fixtureSlug))).toBe(false);
      expect(existsSync(join(builds[3]!.out, locale, fixtureSlug, 'bilingual', 'sentences', 'index.html'))).toBe(true);
    }
    expect(readFileSync(join(builds[4]!.out, 'en', fullSlug, 'index.html'))).toEqual(readFileSync(join(builds[3]!.out, 'en', fullSlug, 'index.html')));
  });

  it('keeps the search index when nothing changed, and indexes again the part an edit or a phrase override changes', () => {
    const searchLog = (i: number) => {
      const [, parts, reused] = /search index: \d+ pages in (\d+) parts?, \d+ ms \((\d+) from the cache\)/.exec(stripVTControlCharacters(builds[i]!.result.output))!;
      return { parts: Number(parts), reused: Number(reused) };
    };
    expect(searchLog(1).reused).toBe(searchLog(1).parts);
    expect(searchLog(2).reused).toBe(searchLog(2).parts - 1);
    // Pagefind's page fragments, unzipped: the edited title is in the index, spaced as it indexes Chinese.
    const fragments = (i: number) =>
      [...files(builds[i]!.out)].filter(([path]) => path.includes('/fragment/')).map(([, bytes]) => gunzipSync(bytes).toString('utf8'));
    expect(fragments(1).some((text) => /更\s+正/.test(text))).toBe(false);
    expect(fragments(2).some((text) => /更\s+正/.test(text))).toBe(true);
    // After a phrase override, the part of the article it changes.
    expect(searchLog(3).reused).toBe(searchLog(3).parts - 1);
    expect(fragments(3).some((text) => /蘭\s+堡\s+市/.test(text))).toBe(true);
  });

  it('makes again the learner’s layers whose text changed, and keeps the others', () => {
    // The phrase override changes the Traditional text of one article's body: its one Traditional layer.
    expect(layersOf(3)).toEqual({ layers: layersOf(0).layers, made: 1 });
    const layer = (i: number, locale: string) => readFileSync(join(builds[i]!.out, locale, fullSlug, 'learn.json'), 'utf8');
    const text = (json: string) => layerText(JSON.parse(json));
    expect(text(layer(2, 'zh-hant'))).not.toContain('伊斯蘭堡市');
    expect(text(layer(3, 'zh-hant'))).toContain('伊斯蘭堡市');
    expect(layer(3, 'zh')).toBe(layer(2, 'zh'));
  });
});
