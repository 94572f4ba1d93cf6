import type { Block } from '../alignment/blocks.ts';

/** A section in the table of contents, with its sub-sections. */
export interface ContentsItem {
  id: string;
  text: string;
  children: ContentsItem[];
}

/**
 * The table of contents of an article: its h2 sections, each with its h3 sub-sections.
 * @example contents([h2#a, p, h3#b]) // [{ id: 'a', children: [{ id: 'b' }] }]
 */
export function contents(blocks: Block[]): ContentsItem[] {
  const items: ContentsItem[] = [];
  for (const b of blocks) {
    const item = { id: b.id, text: b.text, children: [] };
    if (b.tag === 'h2') items.push(item);
    else if (b.tag === 'h3') (items.at(-1)?.children ?? items).push(item);
  }
  return items;
}
