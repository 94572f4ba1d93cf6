import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { pairBlocks } from '../../../src/alignment/pairing.ts';
import { alignmentReport } from '../../../src/alignment/report.ts';
import { markdownOptions } from '../../../src/markdown/pipeline.ts';
import { fileBlocks } from '../../helpers.ts';

const processor = await createMarkdownProcessor(markdownOptions('/'));

async function report(en: string, zh: string): Promise<string[]> {
  const render = async (file: string, text: string) => ({
    file,
    blocks: fileBlocks((await processor.render(parseFrontmatter(text).content)).code),
    source: () => text,
  });
  const files = { original: await render('a/en.md', en), translation: await render('a/zh.md', zh) };
  return alignmentReport(files, pairBlocks(files.original, files.translation), 'zh');
}

const head = '---\ntitle: "x"\n---\n\n';
/** Paragraphs and their translations of the usual lengths, so that the article has a norm. */
const usual = {
  en:
    'Post-9/11 cooperation included intelligence sharing, logistical support for NATO operations in Afghanistan, and large-scale counterterrorism operations against militant groups. ' +
    'Notable military campaigns significantly degraded the operational capabilities of terrorist networks, dismantled safe havens, and improved internal security.\n\n' +
    'While political ties between Islamabad and Washington have experienced fluctuations, counterterrorism has consistently remained a domain of mutual interest. ' +
    'The ability to work together in times of regional crisis has prevented the collapse of this critical security partnership.',
  zh:
    '9/11后的合作包括情报共享,为北约在阿富汗的行动提供后勤支持,以及针对激进组织的大规模反恐行动。' +
    '引人注目的军事行动大大降低了恐怖主义网络的行动能力,拆除了避风港,改善了内部安全。\n\n' +
    '尽管伊斯兰堡和华盛顿之间的政治关系经历了波动,但反恐始终是双方共同关心的领域。' +
    '在区域危机时期共同努力的能力防止了这一重要安全伙伴关系的崩溃。',
};

describe('alignmentReport', () => {
  it('returns nothing for a translation whose sentences pair well', async () => {
    expect(
      await report(
        `${head}The talks began in August. They ended with a statement.\n`,
        `${head}会谈于八月开始。会谈结束时发表了声明。\n`,
      ),
    ).toEqual([]);
  });

  it('returns each uncertain paragraph with both files’ lines, the sentences in doubt and the fix', async () => {
    expect(
      await report(
        `${head}${usual.en}\n\nTerrorism is a grave menace that transcends borders. No nation is immune to its devastating effects; societies across continents have suffered loss of life. The magnitude of this challenge is immense.\n`,
        `${head}${usual.zh}\n\n恐怖主义是超越国界的严重威胁。这一挑战的规模是巨大的。\n`,
      ),
    ).toEqual([
      'a/en.md:9 and a/zh.md:9: the sentences of intro-p3 may be paired wrongly: ' +
        'original sentences 1–2 “Terrorism is a grave menace…” and translation sentence 1 “恐怖主义是超越国界的严重威胁。”: the translation is much shorter than usual. ' +
        'Compare the two; to pair them right, write <!-- s --> right after the last sentence of a group, in both files.',
    ]);
  });

  it('returns marks that differ in number, and the line of a mark outside a paragraph', async () => {
    expect(
      await report(`${head}One thing. <!-- s -->Another thing.\n`, `${head}一件事。另一件事。\n\n<!-- s -->\n`),
    ).toEqual([
      'a/zh.md:7: <!-- s --> is not inside a paragraph\'s text, so it sets nothing. Write it on the same line as the sentences, right after the one that ends a group.',
      'a/en.md:5 and a/zh.md:5: the sentences of intro-p1 may be paired wrongly: the original has 1 <!-- s --> marks and the translation 0, so none is used; write the same marks in both. ' +
        'Compare the two; to pair them right, write <!-- s --> right after the last sentence of a group, in both files.',
    ]);
  });
});
