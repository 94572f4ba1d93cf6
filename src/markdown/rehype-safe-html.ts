import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Element, ElementContent, ElementData, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { toString } from 'hast-util-to-string';
import { find, html } from 'property-information';
// The `raw` node (HTML written in Markdown, not yet parsed) is declared by mdast-util-to-hast.
import type {} from 'mdast-util-to-hast';
import { lineAt } from '../content/lines.ts';
import { removalMessage, type Removal } from '../content/removals.ts';
import { isLocale, sourceLocale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';
import { putFootnotes, takeFootnotes } from './footnotes.ts';
import { htmlSchema } from './html-schema.ts';

declare module 'hast' {
  interface ElementData {
    /** While sanitising: the element's place in the tree before, to find what became of it. */
    safeHtmlKey?: number;
  }
}

/** An element as an editor finds it in the file: its tag and the start of its text. */
function describe(node: Element): string {
  const text = toString(node).trim().replace(/\s+/g, ' ');
  return `<${node.tagName}>${text ? ` “${text.length > 40 ? `${text.slice(0, 39)}…` : text}”` : ''}`;
}

function elements(nodes: readonly (RootContent | ElementContent)[], out: Element[] = []): Element[] {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    out.push(node);
    elements(node.children, out);
  }
  return out;
}

/** Whether the schema allows an attribute (a hast property name) on an element. */
function allowed(tagName: string, property: string): boolean {
  const definitions = [...(htmlSchema.attributes?.[tagName] ?? []), ...(htmlSchema.attributes?.['*'] ?? [])];
  return definitions.some((d) => (typeof d === 'string' ? d : d[0]) === property);
}

/**
 * A URL relative to the page it is on (`chart.png`, `../other/`): an article is on a page in each
 * language and view (`/en/a/`, `/en/a/bilingual/`, `/en/a/bilingual/sentences/`), from each of
 * which it would lead elsewhere, so the site publishes a link or an image only with a scheme, from
 * the site’s root or to a #fragment.
 */
const isRelative = (url: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(url.replace(/^[\0- ]+/, '').replace(/[\t\n\r]/g, ''));

/** The attributes whose relative URLs are not published: where a link leads, where an image is. */
const LINKING = ['href', 'src'];

/** Why an attribute went: a URL with a scheme the schema does not publish, or a relative one, says so. */
function attributeRemoval(node: Element, property: string, value: unknown): string {
  const attribute = find(html, property).attribute;
  const schemes = htmlSchema.protocols?.[property];
  const url = schemes && typeof value === 'string' && allowed(node.tagName, property);
  const shown = String(value).length > 60 ? `${String(value).slice(0, 59)}…` : String(value);
  const kinds = url ? `${schemes.slice(0, -1).join(', ')} or ${schemes.at(-1)}` : '';
  const why =
    url && isRelative(String(value))
      ? ` (“${shown}” is relative to the page, and an article has a page in each language and view: write it from the site’s root, as /en/my-article/ or /images/a.png for a file in public/, or as a full URL)`
      : url
        ? ` (“${shown}” is not an ${kinds} URL, a path from the site’s root or a #fragment)`
        : '';
  return `the ${attribute} attribute of ${describe(node)}${why}`;
}

/**
 * The removals: each element whose sanitised copy (in `after`, by key) is missing, or lacks some
 * of its attributes. An element's line stands for its attributes'.
 */
function removals(nodes: readonly (RootContent | ElementContent)[], after: Map<number, Element>, line: number | undefined, out: Removal[]): void {
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const at = node.position?.start.line ?? line;
    const kept = after.get(node.data!.safeHtmlKey!);
    if (!kept && htmlSchema.strip?.includes(node.tagName)) {
      out.push({ line: at, what: `${describe(node)} with its content` });
      continue;
    }
    if (!kept) {
      out.push({ line: at, what: `${describe(node)}${node.children.length ? ', keeping its content' : ''}` });
    } else {
      for (const [property, value] of Object.entries(node.properties)) {
        if (value === undefined || value === null || JSON.stringify(kept.properties[property]) === JSON.stringify(value)) continue;
        out.push({ line: at, what: attributeRemoval(node, property, value) });
      }
    }
    removals(node.children, after, at, out);
  }
}

/**
 * Sanitises an HTML tree with the site's schema (html-schema.ts) and says what it removed, each
 * with its line (of the tree's positions); comments go without a word. Returns a new tree.
 * @example sanitizeHtml(tree of '<p onclick="x()">Hi</p>') // { tree: <p>Hi</p>, removed: [{ line: 1, what: 'the onclick attribute of <p> “Hi”' }] }
 */
export function sanitizeHtml(tree: Root): { tree: Root; removed: Removal[] } {
  const before = elements(tree.children);
  // hast-util-sanitize copies `data` onto what it keeps: the key finds each element's safe copy.
  // (`as`: hast-util-from-parse5 declares `data.position` required, which most elements lack.)
  before.forEach((node, key) => (node.data = { ...node.data, safeHtmlKey: key } as ElementData));
  const safe = sanitize(tree, htmlSchema) as Root;
  const after = new Map<number, Element>();
  for (const node of elements(safe.children)) {
    after.set(node.data!.safeHtmlKey!, node);
    delete node.data!.safeHtmlKey;
    for (const property of LINKING) {
      const url = node.properties[property];
      if (typeof url === 'string' && isRelative(url)) delete node.properties[property];
    }
  }
  const removed: Removal[] = [];
  removals(tree.children, after, undefined, removed);
  for (const node of before) delete node.data!.safeHtmlKey;
  return { tree: safe, removed };
}

function hasRaw(node: RootContent): boolean {
  return node.type === 'raw' || (node.type === 'element' && node.children.some(hasRaw));
}

type File = NonNullable<NonNullable<Parameters<typeof raw>[1]>['file']>;

/** Parses the raw HTML in a tree, as Astro does later, so that what is sanitised is what is published. */
function parsed(tree: Root, file: File): Root {
  return tree.children.some(hasRaw) ? (raw(tree, { file }) as Root) : tree;
}

/** Markdown's classes (task lists, code languages): the site styles none of them. Only Markdown's elements are in the tree yet. */
function withoutClasses(nodes: readonly (RootContent | ElementContent)[]): void {
  for (const node of elements(nodes)) delete node.properties['className'];
}

/**
 * Removals with the lines of the whole file, for a body Astro rendered without the frontmatter
 * above it (and the blank lines after that).
 * @example withFileLines([{ line: 1, what: 'x' }], '---\ntitle: A\n---\n\nBody', 'Body') // [{ line: 5, what: 'x' }]
 */
export function withFileLines(removed: Removal[], text: string, body: string): Removal[] {
  const start = text.trimEnd().length - body.trimEnd().length;
  const above = start > 0 ? lineAt(text, start) - 1 : 0;
  return removed.map((r) => ({ ...r, line: r.line && r.line + above }));
}

/** The article's language, from its file name (`zh.md`). */
function localeOf(file: File) {
  const name = /([^/\\]+)\.md$/.exec(file.path ?? '')?.[1];
  return isLocale(name) ? name : sourceLocale;
}

/** Receives what the sanitiser removed from a file (its path, and the body that was rendered), with the body's lines. */
export type RemovalReport = (path: string, body: string, removed: Removal[]) => void;

/** What the sanitiser removed from a file, as the build warns of it: a line per removal, naming the file (from the current folder) and its line. */
export function removalWarning(path: string, body: string, removed: Removal[]): string {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : body;
  return withFileLines(removed, text, body).map((r) => removalMessage(relative(process.cwd(), path), r)).join('\n');
}

/** The default report: the build's warning. */
const warn: RemovalReport = (path, body, removed) => console.warn(removalWarning(path, body, removed));

/**
 * A rehype plugin that publishes only what the site's schema allows of an article's HTML, raw
 * HTML and Markdown's alike (see html-schema.ts), gives footnotes the site's ids (footnotes.ts),
 * and reports each removal with its line: by default as build warnings naming the file and line.
 *
 * It sanitises rather than throws: Astro's content loader logs a rendering error and goes on
 * with an empty article, so an error here would not stop the build; `npm run check` does.
 */
export function rehypeSafeHtml(options: { report?: RemovalReport } = {}) {
  const report = options.report ?? warn;
  return (tree: Root, file: File): Root => {
    withoutClasses(tree.children);
    const footnotes = takeFootnotes(tree);
    const text = sanitizeHtml(parsed(tree, file));
    const notes = footnotes.notes.map((note) => sanitizeHtml(parsed(note, file)));
    const t = ui[localeOf(file)];
    putFootnotes(text.tree, { ...footnotes, notes: notes.map((n) => n.tree) }, { title: t['footnotes.title'], back: t['footnotes.back'] });
    const last = Number.MAX_SAFE_INTEGER;
    const removed = [text, ...notes].flatMap((r) => r.removed).sort((a, b) => (a.line ?? last) - (b.line ?? last));
    if (removed.length) report(file.path ?? '', String(file.value), removed);
    return text.tree;
  };
}
