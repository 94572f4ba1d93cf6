import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** The pages a build's log says it copied from the build before, and those it rendered (colours or none, as CI=true gives them). */
function pages(result: BuildResult): { restored: string[]; rendered: string[] } {
  const lines = [...stripVTControlCharacters(result.output).matchAll(/├─ (\S+)(.*)$/gm)];
  return {
    restored: lines.filter(([, , rest]) => rest!.includes('(restored)')).map(([, path]) => path!),
    rendered: lines.filter(([, , rest]) => /\(\+\d/.test(rest!)).map(([, path]) => path!),
  };
}

/** How many learner's layers and glossary parts a build's log says it linked into the site, and how many of them it made. */
function learnerFiles(result: BuildResult): { layers: number; made: number; glossary: number; glossaryMade: number } {
  const found = /(\d+) learner's layers \((\d+) made\), (\d+) glossary parts \((\d+) made\)/.exec(stripVTControlCharacters(result.output))!;
  const [layers, made, glossary, glossaryMade] = found.slice(1).map(Number) as [number, number, number, number];
  return { layers, made, glossary, glossaryMade };
}

/** A build rendered every article's pages, the first time; the next ones copy what did not change. */
describe('building again', { timeout: 240_000 }, () => {
  let articles = '';
  const builds: { out: string; result: BuildResult }[] = [];
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
  }, 240_000);

  it('renders every page the first time', () => {
    const { restored, rendered } = pages(builds[0]!.result);
    expect(restored).toEqual([]);
    expect(rendered).toContain(`/zh/${fixtureSlug}/index.html`);
    expect(rendered).toContain(`/en/${fullSlug}/bilingual/sentences/index.html`);
  });

  it('links the glossary’s parts into the site as files kept from the build that made them, not as pages', () => {
    const parts = [...files(builds[0]!.out).keys()].filter((p) => /^glossary\/[0-9a-f]+\/(simplified|traditional)\/\d+\.json$/.test(p));
    expect(parts).toHaveLength(2 * GLOSSARY_PARTS);
    // Kept with the dictionary, for builds of any content folder: the first build here may find them made.
    const counts = builds.map(({ result }) => learnerFiles(result));
    expect(counts.map((c) => c.glossary)).toEqual(builds.map(() => 2 * GLOSSARY_PARTS));
    expect(counts.slice(1).map((c) => c.glossaryMade)).toEqual([0, 0, 0]);
    for (const { result } of builds) expect(Object.values(pages(result)).flat().filter((p) => p.startsWith('/glossary/'))).toEqual([]);
  });

  it('copies every article page, bilingual view and list page when nothing changed, keeps every learner’s layer, and the site is the same', () => {
    const { restored, rendered } = pages(builds[1]!.result);
    const articlePages = [...files(builds[0]!.out).keys()].filter((p) => /^(en|zh|zh-hant)\/(?!search\/)[^/]+\/(.+\/)?index\.html$|^(en|zh|zh-hant)\/index\.html$/.test(p));
    expect(restored.map((p) => p.slice(1)).sort()).toEqual(articlePages.sort());
    expect(rendered.some((p) => p.includes(fullSlug) || p.includes(fixtureSlug))).toBe(false);
    expect(layersOf(0).made).toBe(layersOf(0).layers);
    expect(layersOf(1)).toEqual({ layers: layersOf(0).layers, made: 0 });
    expect(files(builds[1]!.out)).toEqual(files(builds[0]!.out));
  });

  it('renders again the pages of an edited article and the lists it is in, and copies the other article’s', () => {
    const { restored, rendered } = pages(builds[2]!.result);
    expect(rendered).toContain(`/zh/${fixtureSlug}/index.html`);
    expect(rendered).toContain(`/zh-hant/${fixtureSlug}/bilingual/sentences/index.html`);
    // A learner's layer holds the body's words, which the title's edit leaves as they were.
    expect(layersOf(2)).toEqual({ layers: layersOf(0).layers, made: 0 });
    expect(readFileSync(join(builds[2]!.out, 'zh', fixtureSlug, 'learn.json'))).toEqual(readFileSync(join(builds[1]!.out, 'zh', fixtureSlug, 'learn.json')));
    expect(rendered).toContain('/zh/index.html');
    expect(restored.filter((p) => p.includes(fixtureSlug))).toEqual([]);
    expect(restored.filter((p) => p.includes(fullSlug)).length).toBeGreaterThanOrEqual(9);
    expect(readFileSync(join(builds[2]!.out, 'zh', fixtureSlug, 'index.html'), 'utf8')).toMatch(/<h1[^>]*>[^<]*（更正）/);
    expect(readFileSync(join(builds[2]!.out, 'zh-hant', fixtureSlug, 'index.html'), 'utf8')).toMatch(/<h1[^>]*>[^<]*（更正）/);
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
