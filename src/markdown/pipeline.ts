import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter, unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
import type { Removal } from '../content/removals.ts';
import rehypeBaseLinks from './rehype-base-links.ts';
import rehypeCjkPunctuation from './rehype-cjk-punctuation.ts';
import { rehypeSafeHtml, withFileLines, type RemovalReport } from './rehype-safe-html.ts';

/**
 * The Markdown options of the site, in one place: the build and the content tools render alike.
 * GitHub Flavored Markdown comes from remark-gfm itself; smart punctuation is off, so the text
 * is published as written; raw HTML is made safe first, so that heading ids (rehype-slug) are
 * the site's own. `report` receives what the sanitiser removed (by default, build warnings).
 */
export function markdownOptions(
  base: string,
  report?: RemovalReport,
): {
  remarkPlugins: RemarkPlugins;
  rehypePlugins: RehypePlugins;
  gfm: false;
  smartypants: false;
} {
  return {
    remarkPlugins: [remarkGfm],
    rehypePlugins: [[rehypeSafeHtml, { report }], rehypeSlug, rehypeCjkPunctuation, [rehypeBaseLinks, { base }]],
    gfm: false,
    smartypants: false,
  };
}

/** Astro's settings beside the plugins. Shiki's inline styles would need 'unsafe-inline' styles: code blocks stay plain. */
const settings = { syntaxHighlight: false } as const;

/** The `markdown` settings of astro.config.ts. */
export function markdownConfig(base: string) {
  return { ...settings, processor: unified(markdownOptions(base)) };
}

/** A Markdown file's body as the build renders it: its text without the frontmatter, trimmed. */
export function markdownBody(text: string): string {
  return parseFrontmatter(text).content.trim();
}

/** A renderer of Markdown as the build renders it (see `markdownBody`). */
export function markdownRenderer(base: string, report?: RemovalReport): ReturnType<typeof createMarkdownProcessor> {
  return createMarkdownProcessor({ ...settings, ...markdownOptions(base, report) });
}

let checker: { processor: ReturnType<typeof createMarkdownProcessor>; found: Map<string, Removal[]> } | undefined;

/**
 * What the build's sanitiser removes from a Markdown file, with the file's lines: the site's
 * Markdown pipeline, run on the file's body as Astro renders it. Nothing for a file whose
 * frontmatter cannot be read (the content check reports that).
 * @example await unpublishedHtml('content/articles/a/en.md', text) // [{ line: 12, what: 'the onclick attribute of <a> “here”' }]
 */
export async function unpublishedHtml(path: string, text: string): Promise<Removal[]> {
  let body: string;
  try {
    body = markdownBody(text);
  } catch {
    return [];
  }
  if (!checker) {
    const found = new Map<string, Removal[]>();
    checker = { found, processor: markdownRenderer('/', (file, _, removed) => found.set(file, removed)) };
  }
  const file = resolve(path);
  await (await checker.processor).render(body, { fileURL: pathToFileURL(file) });
  const removed = checker.found.get(file) ?? [];
  checker.found.delete(file);
  return withFileLines(removed, text, body);
}
