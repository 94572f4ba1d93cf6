import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { sentenceMarks } from '../../../src/alignment/sentence-marks.ts';
import { withoutSentenceMarks } from '../../../src/content/sentence-mark.ts';
import { markdownOptions } from '../../../src/markdown/pipeline.ts';
import { fileBlocks } from '../../helpers.ts';

const processor = await createMarkdownProcessor(markdownOptions('/'));

/** A file's marks, with its blocks rendered by the site's pipeline; each mark as the text on either side of it. */
async function marksOf(markdown: string) {
  const blocks = fileBlocks((await processor.render(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''))).code);
  const { offsets, unplaced } = sentenceMarks(markdown, blocks);
  const cuts = offsets.flatMap((list, i) => list.map((at) => [blocks[i]!.text.slice(0, at), blocks[i]!.text.slice(at)]));
  return { offsets, cuts, unplaced };
}

describe('sentenceMarks', () => {
  it('returns the offset of a mark in its paragraph’s text', async () => {
    const { offsets, cuts } = await marksOf('Intro.\n\nOne. <!-- s -->Two.\n');
    expect(offsets).toEqual([[], [4]]);
    expect(cuts).toEqual([['One.', ' Two.']]);
  });

  it('returns marks inside emphasis and after links and code, counted in the rendered text', async () => {
    const { cuts } = await marksOf('See [the *talks*](/en/x/) and `code`. <!-- s -->Then **more. <!--s-->Done**.\n');
    expect(cuts).toEqual([
      ['See the talks and code.', ' Then more. Done.'],
      ['See the talks and code. Then more.', ' Done.'],
    ]);
  });

  it('returns marks in Chinese whose punctuation the site made full-width', async () => {
    const { cuts } = await marksOf('巴美关系的战略意义,<!-- s -->反恐合作基于三个关键支柱:\n');
    expect(cuts).toEqual([['巴美关系的战略意义，', '反恐合作基于三个关键支柱：']]);
  });

  it('returns marks after a soft line break', async () => {
    const { cuts } = await marksOf('Talks began\nin Islamabad. <!-- s -->They ended.\n');
    expect(cuts).toEqual([['Talks began\nin Islamabad.', ' They ended.']]);
  });

  it('returns the mark of the right one of two paragraphs with the same text', async () => {
    expect((await marksOf('One. Two.\n\nOne. <!-- s -->Two.\n')).offsets).toEqual([[], [4]]);
  });

  it('returns the line of a mark that starts a line, which Markdown reads as a block of HTML', async () => {
    const { offsets, unplaced } = await marksOf('One.\n<!-- s --> Two.\n');
    expect(offsets).toEqual([[]]);
    expect(unplaced).toEqual([2]);
  });

  it('returns the file’s line for a mark on a line of its own, after the frontmatter', async () => {
    const { offsets, unplaced } = await marksOf('---\ntitle: "x"\n---\n\nOne. Two.\n\n<!-- s -->\n\nThree.\n');
    expect(offsets).toEqual([[], []]);
    expect(unplaced).toEqual([7]);
  });

  it('returns the line of a mark in a heading or a list, which are not aligned by sentence', async () => {
    const { unplaced } = await marksOf('## A heading <!-- s -->\n\n- One. <!-- s -->Two.\n');
    expect(unplaced).toEqual([1, 3]);
  });

  it('returns the line of a mark whose paragraph is not among the blocks', () => {
    expect(sentenceMarks('Intro.\n\nOne.\nTwo. <!-- s -->Three.\n', [{ tag: 'p', text: 'Intro.' }])).toEqual({ offsets: [[]], unplaced: [4] });
  });

  it('returns no marks for other comments', async () => {
    expect((await marksOf('One. <!-- note -->Two.\n')).offsets).toEqual([[]]);
  });
});

describe('withoutSentenceMarks', () => {
  it('returns the Markdown without its marks, other comments kept', () => {
    expect(withoutSentenceMarks('One. <!-- s -->Two. <!--s-->Three. <!-- note -->')).toBe('One. Two. Three. <!-- note -->');
  });
});
