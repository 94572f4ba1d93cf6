import { resolve } from 'node:path';
import { parseFrontmatter, unified as astroProcessor, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Plugin } from 'unified';
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
  return { ...settings, processor: astroProcessor(markdownOptions(base)) };
}

/** A Markdown file's body as the build renders it: its text without the frontmatter, trimmed. */
export function markdownBody(text: string): string {
  return parseFrontmatter(text).content.trim();
}

/**
 * The site's Markdown pipeline as a function from a file's body (see `markdownBody`) and path to
 * its HTML tree: what Astro's processor makes of it with `markdownOptions`, handed on as a tree
 * rather than written as HTML, which the pairing would parse again (0.6 ms of a file's 2.4).
 * The tree is what parsing that HTML gives: parsed through an HTML parser as Astro's processor
 * ends (rehype-raw), its line breaks line feeds. Astro's processor also hands an image by a path
 * relative to the page to its image service, which the site does not use: the sanitiser publishes
 * no such image (rehype-safe-html.ts).
 */
export function markdownTree(base: string, report?: RemovalReport): (body: string, path: string) => Promise<Root> {
  const { remarkPlugins, rehypePlugins } = markdownOptions(base, report);
  const processor = unified().use(remarkParse);
  const use = (plugin: RemarkPlugins[number] | RehypePlugins[number]) => (Array.isArray(plugin) ? processor.use(plugin[0] as Plugin, plugin[1]) : processor.use(plugin as Plugin));
  remarkPlugins.forEach(use);
  processor.use(remarkRehype, { allowDangerousHtml: true });
  rehypePlugins.forEach(use);
  return async (body, path) => withLineFeeds(raw((await processor.run(processor.parse(body), { value: body, path })) as Root) as Root);
}

/** A tree's text and attributes with each line break a line feed, as an HTML parser reads a file written with CR LF (or CR). */
function withLineFeeds<T extends Root | RootContent>(node: T): T {
  if (node.type === 'text') node.value = node.value.replace(/\r\n?/g, '\n');
  if (node.type === 'element') {
    for (const [name, value] of Object.entries(node.properties)) if (typeof value === 'string') node.properties[name] = value.replace(/\r\n?/g, '\n');
  }
  if ('children' in node) node.children.forEach(withLineFeeds);
  return node;
}

let checker: { render: ReturnType<typeof markdownTree>; found: Map<string, Removal[]> } | undefined;

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
    checker = { found, render: markdownTree('/', (file, _, removed) => found.set(file, removed)) };
  }
  const file = resolve(path);
  await checker.render(body, file);
  const removed = checker.found.get(file) ?? [];
  checker.found.delete(file);
  return withFileLines(removed, text, body);
}
