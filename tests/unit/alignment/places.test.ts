import { describe, expect, it } from 'vitest';
import { excerpt, lineOf, place } from '../../../src/alignment/places.ts';
import { fileBlocks } from '../../helpers.ts';

describe('lineOf', () => {
  const source = '---\ntitle: x\n---\n\nIntro.\n\n## History\n\nOne   two three four five.\n';
  it('returns the line a block starts on, found by its first words', () => {
    const [, heading, paragraph] = fileBlocks('<p>Intro.</p><h2>History</h2><p>One two three four five.</p>');
    expect(lineOf(source, heading)).toBe(7);
    expect(lineOf(source, paragraph)).toBe(9);
  });
  it('returns the line of a Chinese paragraph whose punctuation the site made full-width', () => {
    const [p] = fileBlocks('<p>恐怖主义是超越国界的严重威胁，威胁着世界的和平、稳定与发展。没有一个国家能免受其破坏性影响。</p>');
    expect(lineOf('---\ntitle: x\n---\n\n引言。\n\n恐怖主义是超越国界的严重威胁,威胁着世界的和平、稳定与发展。没有一个国家能免受其破坏性影响。\n', p)).toBe(7);
  });
  it('returns the line of a block whose first words an HTML comment interrupts', () => {
    const [p] = fileBlocks('<p>One thing. Another thing.</p>');
    expect(lineOf('Intro.\n\nOne thing. <!-- s -->Another thing.\n', p)).toBe(3);
  });
  it('returns the line of a list or a table, whose text runs over several lines, past Markdown between its words', () => {
    const markdown = '---\ntitle: One\n---\n\n- One **two**\n- Three\n\n| Year | Rate |\n| --- | --- |\n| 2024 | 3 |\n';
    const [list, table] = fileBlocks(
      '<ul>\n<li>One <strong>two</strong></li>\n<li>Three</li>\n</ul>\n<table>\n<tr>\n<th>Year</th>\n<th>Rate</th>\n</tr>\n<tr>\n<td>2024</td>\n<td>3</td>\n</tr>\n</table>',
    );
    expect(lineOf(markdown, list)).toBe(5);
    expect(lineOf(markdown, table)).toBe(8);
  });
  it('returns undefined without a source or a match', () => {
    const [p] = fileBlocks('<p>Elsewhere.</p>');
    expect(lineOf(source, p)).toBeUndefined();
    expect(lineOf(undefined, p)).toBeUndefined();
  });
});

describe('place', () => {
  const source = 'Intro.\n\nOne two three.\n';
  const blocks = fileBlocks('<p>Intro.</p><p>One two three.</p><p>Elsewhere.</p>');
  it('returns the file and the line of the block', () => {
    expect(place({ file: 'a/en.md', blocks, source: () => source }, blocks[1])).toBe('a/en.md:3');
  });
  it('returns the file alone when the line is not known', () => {
    expect(place({ file: 'a/en.md', blocks, source: () => source }, blocks[2])).toBe('a/en.md');
    expect(place({ file: 'a/en.md', blocks }, blocks[1])).toBe('a/en.md');
  });
});

describe('excerpt', () => {
  it('returns a short text whole, on one line', () => {
    expect(excerpt('One\n  two.')).toBe('One two.');
  });
  it('returns the start of a long text with an ellipsis', () => {
    expect(excerpt('The United States praised Pakistan', 20)).toBe('The United States…');
  });
});
