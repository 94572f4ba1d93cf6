import { readFileSync } from 'node:fs';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { alignBlocks, uncertainty, type BlockAlignment, type SentenceGroup } from '../../../src/alignment/align.ts';
import { pairBlocks } from '../../../src/alignment/pairing.ts';
import { sentenceMarks } from '../../../src/alignment/sentence-marks.ts';
import { markdownOptions } from '../../../src/markdown/pipeline.ts';
import { fileBlocks } from '../../helpers.ts';

/** Groups as [original indices, translation indices], easier to read. */
const pairs = (groups: { original: number[]; translation: number[] }[]) => groups.map((g) => [g.original, g.translation]);

function paired(original: string, translation: string) {
  return pairBlocks({ file: 'a/en.md', blocks: fileBlocks(original) }, { file: 'a/zh.md', blocks: fileBlocks(translation) });
}

/** A group's text on each side ('' for none). */
function groupTexts(group: SentenceGroup, original: string, translation: string): [string, string] {
  const slice = (text: string, range: SentenceGroup['original']['range']) => (range ? text.slice(range.start, range.end) : '');
  return [slice(original, group.original.range), slice(translation, group.translation.range)];
}

describe('alignBlocks', () => {
  const { original, translation } = paired(
    '<h2 id="talks">Talks</h2><p>The talks began in August. They ended with a statement on cooperation against terrorism.</p><ul><li>A list.</li></ul>',
    '<h2 id="会谈">会谈</h2><p>会谈于八月开始。会谈结束时发表了一份声明。声明涉及反恐合作。</p><ul><li>列表。</li></ul>',
  );

  it('returns the groups of each paragraph, with ids from the block’s id, and no others', () => {
    const [alignment, ...rest] = alignBlocks(original, translation, 'zh');
    expect(rest).toEqual([]);
    expect(alignment).toMatchObject({ index: 1, id: 'talks-p1' });
    expect(alignment!.groups.map((g) => g.id)).toEqual(['talks-p1-s1', 'talks-p1-s2']);
    expect(alignment!.groups.map((g) => groupTexts(g, original[1]!.text, translation[1]!.text))).toEqual([
      ['The talks began in August.', '会谈于八月开始。'],
      ['They ended with a statement on cooperation against terrorism.', '会谈结束时发表了一份声明。声明涉及反恐合作。'],
    ]);
  });

  it('returns each side’s sentences and each group’s sentence indices', () => {
    const [alignment] = alignBlocks(original, translation, 'zh');
    expect(alignment!.sentences.original).toHaveLength(2);
    expect(alignment!.sentences.translation).toHaveLength(3);
    expect(alignment!.groups[1]).toMatchObject({ original: { sentences: [1] }, translation: { sentences: [1, 2] } });
  });

  it('returns groups that end at the editor’s marks when both sides have as many', () => {
    const withMarks = paired(
      '<p>Yes. The dialogue identified key challenges, including the threats posed by several groups.</p>',
      '<p>是的，对话确定了主要挑战。包括几个组织构成的威胁。</p>',
    );
    const [unmarked] = alignBlocks(withMarks.original, withMarks.translation, 'zh');
    expect(pairs(unmarked!.groups.map((g) => ({ original: g.original.sentences, translation: g.translation.sentences })))).toEqual([
      [
        [0, 1],
        [0, 1],
      ],
    ]);
    const marks = { original: [['Yes.'.length]], translation: [['是的，'.length]] };
    const [marked] = alignBlocks(withMarks.original, withMarks.translation, 'zh', marks);
    expect(marked!.groups.map((g) => groupTexts(g, withMarks.original[0]!.text, withMarks.translation[0]!.text))).toEqual([
      ['Yes.', '是的，'],
      ['The dialogue identified key challenges, including the threats posed by several groups.', '对话确定了主要挑战。包括几个组织构成的威胁。'],
    ]);
    expect(marked!.unmatchedMarks).toBeUndefined();
  });

  it('returns the marks’ counts and does not use them, not even to end sentences, when the sides have different numbers', () => {
    const [alignment] = alignBlocks(original, translation, 'zh', { original: [[], [original[1]!.text.indexOf(' with')]], translation: [[], []] });
    expect(alignment!.unmatchedMarks).toEqual([1, 0]);
    expect(alignment!.sentences.original).toHaveLength(2);
    expect(alignment!.groups).toHaveLength(2);
  });
});

describe('uncertainty', () => {
  const side = (sentences: number[]) => ({ sentences, range: sentences.length ? { start: 0, end: 1 } : undefined });
  const group = (original: number[], translation: number[], deviation: number): SentenceGroup => ({
    id: 'x-p1-s1',
    original: side(original),
    translation: side(translation),
    deviation,
  });
  const alignment = (groups: SentenceGroup[], unmatchedMarks?: [number, number]): BlockAlignment => ({
    index: 0,
    id: 'x-p1',
    sentences: { original: [], translation: [] },
    groups,
    ...(unmatchedMarks ? { unmatchedMarks } : {}),
  });

  it('returns nothing for groups close to the norm', () => {
    expect(uncertainty(alignment([group([0], [0], 1.4), group([1], [1, 2], -1.9)]))).toEqual([]);
  });
  it('returns a sentence with no counterpart, on either side', () => {
    const alone = [group([0], [], -3), group([], [1], 3)];
    expect(uncertainty(alignment(alone))).toEqual(alone.map((g) => ({ kind: 'alone', group: g })));
  });
  it('returns a group whose lengths lie far from the norm', () => {
    const far = group([0], [0], -2.6);
    expect(uncertainty(alignment([far]))).toEqual([{ kind: 'length', group: far }]);
    expect(uncertainty(alignment([far]), 3)).toEqual([]);
  });
  it('returns marks that differ in number, first', () => {
    expect(uncertainty(alignment([group([0], [], 0)], [1, 2]))[0]).toEqual({ kind: 'marks', counts: [1, 2] });
  });
});

describe('alignBlocks on the seed article', async () => {
  const processor = await createMarkdownProcessor(markdownOptions('/'));
  const folder = new URL('../../fixtures/articles/islamabad-dialogue/', import.meta.url);
  const render = async (name: string) => {
    const source = readFileSync(new URL(name, folder), 'utf8');
    return { file: name, source: () => source, blocks: fileBlocks((await processor.render(parseFrontmatter(source).content)).code) };
  };
  const en = await render('en.md');
  const zh = await render('zh.md');
  const { original, translation } = pairBlocks(en, zh);
  const marks = { original: sentenceMarks(en.source(), original).offsets, translation: sentenceMarks(zh.source(), translation).offsets };
  const gold = JSON.parse(readFileSync(new URL('../../fixtures/alignment/islamabad-dialogue.json', import.meta.url), 'utf8')) as Record<
    string,
    [string, string][]
  >;
  const alignments = alignBlocks(original, translation, 'zh', marks);
  const found = alignments.flatMap((a) =>
    a.groups.map((g) => JSON.stringify([a.id, ...groupTexts(g, original[a.index]!.text, translation[a.index]!.text)])),
  );
  const wanted = Object.entries(gold).flatMap(([id, groups]) => groups.map((g) => JSON.stringify([id, ...g])));

  it('returns every group of the hand-checked alignment, and no other (precision and recall 1)', () => {
    const right = found.filter((g) => wanted.includes(g)).length;
    expect({ precision: right / found.length, recall: right / wanted.length }).toEqual({ precision: 1, recall: 1 });
    expect(wanted).toHaveLength(37);
  });

  it('returns a paragraph for each paragraph of the gold, and flags none as uncertain', () => {
    expect(alignments.map((a) => a.id)).toEqual(Object.keys(gold));
    expect(alignments.flatMap((a) => uncertainty(a))).toEqual([]);
  });
});
