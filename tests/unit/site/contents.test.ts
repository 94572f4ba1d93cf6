import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/alignment/blocks.ts';
import { contents } from '../../../src/site/contents.ts';

const block = (tag: string, id: string, text = id): Block => ({ id, tag, attributes: '', html: text, text, links: [], ids: [] });

describe('contents', () => {
  it('returns h2 sections with their h3 sub-sections, skipping other blocks', () => {
    const blocks = [block('p', 'intro-p1'), block('h2', 'a', 'A'), block('p', 'a-p1'), block('h3', 'b', 'B'), block('h3', 'c', 'C'), block('h2', 'd', 'D')];
    expect(contents(blocks)).toEqual([
      { id: 'a', text: 'A', children: [{ id: 'b', text: 'B', children: [] }, { id: 'c', text: 'C', children: [] }] },
      { id: 'd', text: 'D', children: [] },
    ]);
  });
  it('returns an h3 before any h2 at the top level', () => {
    expect(contents([block('h3', 'x')]).map((i) => i.id)).toEqual(['x']);
  });
  it('returns nothing for an article without headings', () => {
    expect(contents([block('p', 'intro-p1')])).toEqual([]);
  });
});
