import type { Element, Root, RootContent } from 'hast';
import { withBase } from '../i18n/urls.ts';

/** The attribute of each element that holds a URL of the site an editor may write: a link's target, an image's file. */
const URLS: Record<string, string> = { a: 'href', img: 'src' };

function visit(node: Root | RootContent, base: string): void {
  if (node.type !== 'element' && node.type !== 'root') return;
  const property = node.type === 'element' ? URLS[node.tagName] : undefined;
  const url = property && (node as Element).properties[property];
  if (typeof url === 'string' && url.startsWith('/') && !url.startsWith('//')) {
    const [path = '', rest = ''] = url.split(/(?=[?#])/, 2);
    (node as Element).properties[property!] = withBase(base, path) + rest;
  }
  for (const child of node.children) visit(child, base);
}

/**
 * Rehype plugin: links and images an editor writes from the site's root (`/en/other-article/#a-section`,
 * `/images/chart.png` for a file in public/) get the base path, so they keep working when the site
 * lives under a sub-path.
 */
export default function rehypeBaseLinks(options: { base: string }) {
  return (tree: Root) => visit(tree, options.base);
}
