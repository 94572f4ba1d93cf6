import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeCjkPunctuation from './rehype-cjk-punctuation.ts';
import { rehypeSafeHtml } from './rehype-safe-html.ts';

/**
 * The Markdown options of the site, in one place: the build and the content tools render alike.
 * GitHub Flavored Markdown comes from remark-gfm itself; smart punctuation is off, so the text
 * is published as written; raw HTML is made safe first.
 */
export function markdownOptions(base: string): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  gfm: false;
  smartypants: false;
} {
  return {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [rehypeSafeHtml, rehypeSlug, rehypeCjkPunctuation, [rehypeBaseLinks, { base }]],
    gfm: false,
    smartypants: false,
  };
}
