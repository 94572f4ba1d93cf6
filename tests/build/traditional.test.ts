import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY_PARTS, glossaryPart, readingsOf } from '../../src/learn/glossary.ts';
import { build, contentFixture, fixtureCopy, fullSlug, removeTemporaryFolders, run, seed } from '../helpers.ts';

afterAll(removeTemporaryFolders);

/** The fixture articles with an article whose Traditional text is written by hand, and a phrase override. */
async function content(zhHant: string): Promise<{ folder: string; articles: string }> {
  const copy = await fixtureCopy();
  mkdirSync(join(copy.articles, 'written'));
  writeFileSync(join(copy.articles, 'written', 'en.md'), seed.en);
  writeFileSync(join(copy.articles, 'written', 'zh.md'), seed.zh);
  writeFileSync(join(copy.articles, 'written', 'zh-hant.md'), zhHant);
  writeFileSync(
    join(copy.folder, 'traditional-overrides.txt'),
    '# A heading, as the editors want it\n合作的历史 = 合作之歷史\n特朗普 = 川普\n',
  );
  return copy;
}

/** A hand-written Traditional translation: the seed's structure, with its own title and first paragraph. */
const written = seed.zh
  .replace(/^title: .*$/m, 'title: "手寫的繁體標題"')
  .replace(/^恐怖主义是超越国界的严重威胁.*$/m, '恐怖主義是跨越國界的嚴重威脅，由編輯親手寫成。');

describe('building the Traditional Chinese edition', { timeout: 120_000 }, () => {
  let result: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => void (result = await build((await content(written)).articles)), 120_000);
  const page = (path: string) => readFileSync(join(result.outDir, path, 'index.html'), 'utf8');

  it('builds', () => {
    expect(result.code, result.output).toBe(0);
  });

  it('publishes a hand-written zh-hant.md in place of the conversion', () => {
    expect(page('zh-hant/written')).toMatch(/<h1[^>]*>手寫的繁體標題<\/h1>/);
    // Its own sentence is marked, aligned with one of the original's.
    expect(page('zh-hant/written')).toMatch(/<p id="intro-p1"><span data-s="\d+">恐怖主義是跨越國界的嚴重威脅，由編輯親手寫成。/);
  });

  it('applies the phrase overrides to the converted articles, not to the hand-written one', () => {
    expect(page(`zh-hant/${fullSlug}`)).toMatch(/<h2 id="a-history-of-cooperation">合作之歷史<\/h2>/);
    // The hand-written file is published as written: here, its heading is still in Simplified characters.
    expect(page('zh-hant/written')).toMatch(/<h2 id="a-history-of-cooperation">合作的历史<\/h2>/);
  });

  it('draws a preview card for every Traditional Chinese page and its list', () => {
    for (const path of ['zh-hant/card.png', `zh-hant/${fullSlug}/card.png`, 'zh-hant/written/card.png']) {
      expect(existsSync(join(result.outDir, path)), path).toBe(true);
    }
  });

  it('writes the learner’s layer of each Chinese edition, the hand-written one too, and of no other language', () => {
    const layer = (path: string) => JSON.parse(readFileSync(join(result.outDir, path, 'learn.json'), 'utf8'));
    const json = (path: string) => JSON.parse(readFileSync(join(result.outDir, path), 'utf8'));
    for (const path of [`zh/${fullSlug}`, `zh-hant/${fullSlug}`, 'zh/written', 'zh-hant/written']) {
      const { glossary, blocks } = layer(path);
      expect(Object.keys(blocks).length, path).toBeGreaterThan(10);
      // Its words are looked up in the glossary of its spelling, in the part each word's hash gives.
      expect(glossary, path).toMatch(path.startsWith('zh-hant/') ? /^\/glossary\/[0-9a-f]{12}\/traditional\/$/ : /^\/glossary\/[0-9a-f]{12}\/simplified\/$/);
      const [word, pinyin] = blocks['intro-p1'][0];
      expect(readingsOf(json(`${glossary.slice(1)}${glossaryPart(word)}.json`)[word]), path).toEqual([[pinyin, 'terrorism']]);
    }
    const traditional = layer(`zh-hant/${fullSlug}`).glossary.slice(1);
    expect(readingsOf(json(`${traditional}${glossaryPart('恐怖主義')}.json`)['恐怖主義'])).toEqual([['kǒng bù zhǔ yì', 'terrorism']]);
    expect(readdirSync(join(result.outDir, traditional))).toHaveLength(GLOSSARY_PARTS);
    // One version of the glossary: both spellings in one folder.
    expect(readdirSync(join(result.outDir, 'glossary'))).toEqual([traditional.split('/')[1]]);
    const words = (segments: (string | [string, string])[]) => segments.map((s) => (typeof s === 'string' ? s : s[0])).join('');
    expect(words(layer('zh-hant/written').blocks['intro-p1'])).toBe('恐怖主義是跨越國界的嚴重威脅，由編輯親手寫成。');
    expect(existsSync(join(result.outDir, `en/${fullSlug}/learn.json`))).toBe(false);
  });

  it('writes the Traditional Chinese feed', () => {
    const feed = readFileSync(join(result.outDir, 'zh-hant/rss.xml'), 'utf8');
    expect(feed).toContain('<language>zh-Hant</language>');
    expect(feed).toContain('<title>手寫的繁體標題</title>');
  });
});

describe('build errors of the Traditional Chinese edition', { timeout: 120_000 }, () => {
  it('fails for a hand-written zh-hant.md whose structure does not line up, naming both files', async () => {
    const merged = written.replace(/(2025年8月12日[^\n]*)\n\n(这次会议)/, '$1$2');
    const { code, output } = await build((await content(merged)).articles);
    expect(code).not.toBe(0);
    expect(output).toMatch(/written\/zh-hant\.md does not line up with .*written\/en\.md \(21 blocks against 22\)/);
  });
});

describe('npm run check on the Traditional Chinese edition', { timeout: 60_000 }, () => {
  it('warns about an override that matches no converted translation, naming the file and the line', async () => {
    const { folder, articles } = await content(written);
    const { code, output } = await run(process.execPath, ['src/cli/check.ts'], { CONTENT_DIR: articles });
    expect(output).toContain(
      `${join(folder, 'traditional-overrides.txt')}:3: “特朗普” is in no Simplified translation that is converted, so this override changes nothing.`,
    );
    expect(output).toContain('no problems');
    expect(code).toBe(0);
  });

  it('fails on a zh-hant.md without the zh.md it replaces the conversion of', async () => {
    const dir = contentFixture({ alone: { 'en.md': seed.en, 'zh-hant.md': written } });
    const { code, output } = await run(process.execPath, ['src/cli/check.ts'], { CONTENT_DIR: dir });
    expect(output).toMatch(
      /alone\/zh-hant\.md: replaces the text converted from zh\.md, which the folder does not have\. Add zh\.md, or remove zh-hant\.md\./,
    );
    expect(code).toBe(1);
  });
});
