import type { Element, Root, RootContent } from 'hast';
import { freshState, fullWidthPunctuation, type PunctuationState } from './typography.ts';

/** Elements whose text is code or data, never prose. */
export const NOT_PROSE: ReadonlySet<string> = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'math', 'svg']);

function walk(node: Root | Element | RootContent, state: PunctuationState): void {
  if (node.type === 'text') node.value = fullWidthPunctuation(node.value, state);
  else if (node.type === 'element' && NOT_PROSE.has(node.tagName)) state.previous = '';
  else if ('children' in node) for (const child of node.children) walk(child, state);
}

/** Rehype plugin: full-width punctuation in Chinese context, block by block (see markdown/typography.ts). */
export default function rehypeCjkPunctuation() {
  return (tree: Root) => {
    for (const block of tree.children) walk(block, freshState());
  };
}
