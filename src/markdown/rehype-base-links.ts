import type { Element, Root, RootContent } from 'hast';
import { withBase } from '../i18n/urls.ts';

function visit(node: Root | RootContent, base: string): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  const href = node.type === 'element' && node.tagName === 'a' ? (node as Element).properties['href'] : undefined;
  if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
    const [path = '', rest = ''] = href.split(/(?=[?#])/, 2);
    (node as Element).properties['href'] = withBase(base, path) + rest;
  }
  for (const child of node.children) visit(child, base);
}

/**
 * Rehype plugin: links an editor writes from the site's root (`/en/other-article/#a-section`) get
 * the base path, so they keep working when the site lives under a sub-path.
 */
export default function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => visit(tree, options.base);
}
