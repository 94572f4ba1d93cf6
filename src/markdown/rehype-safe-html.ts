import type { Element, ElementContent, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { toString } from 'hast-util-to-string';
// The `raw` node (HTML written in Markdown, not yet parsed) is declared by mdast-util-to-hast.
import type {} from 'mdast-util-to-hast';

/**
 * Raw HTML in an article's Markdown is copied into the page as it is, `<script>` and `onclick`
 * included. These rules say what is published: the elements Markdown itself produces and a few
 * for text (`<span lang>`, `<abbr>`, `<sup>`, `<ruby>`…); no scripts, frames, forms, styles,
 * event handlers or `javascript:` URLs.
 */
const ALLOWED_ELEMENTS = new Set([
  // What Markdown and GFM produce (tables, task lists, footnotes, strikethrough).
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em', 'strong'],
  ...['del', 'a', 'img', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'sup', 'section'],
  // Text-level and grouping elements an editor may write by hand.
  ...['span', 'abbr', 'sub', 'kbd', 'mark', 'q', 'cite', 'dfn', 'small', 's', 'ins', 'b', 'i', 'u', 'bdi', 'bdo'],
  ...['ruby', 'rt', 'rp', 'wbr', 'time', 'figure', 'figcaption', 'details', 'summary', 'dl', 'dt', 'dd'],
]);

/** Elements removed with their content: it is code, styles, embedded documents or form controls. */
export const REMOVED_WITH_CONTENT = new Set([
  ...['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template'],
  ...['svg', 'math', 'form', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'title', 'head'],
]);

/** Attributes that run code or carry styles the page's Content Security Policy refuses. */
export const FORBIDDEN_ATTRIBUTE = /^(on.+|style|srcdoc|formaction)$/;

/** URL schemes that run code. Browsers ignore whitespace and control characters inside a scheme. */
export const SCRIPT_URL = /^(javascript|vbscript):/i;

/** An element as an editor finds it in the file: its tag and the start of its text. */
function describe(node: Element): string {
  const text = toString(node).trim().replace(/\s+/g, ' ');
  return `<${node.tagName}>${text ? ` “${text.length > 40 ? `${text.slice(0, 39)}…` : text}”` : ''}`;
}

/** Removes an allowed element's dangerous attributes; returns what it removed. */
function cleanAttributes(node: Element): string[] {
  const removed: string[] = [];
  for (const [property, value] of Object.entries(node.properties)) {
    // hast names properties in camel case (onClick, srcDoc); HTML's attribute names are the lower case.
    const name = property.toLowerCase();
    const scriptUrl = typeof value === 'string' && SCRIPT_URL.test(value.replace(/[\u0000-\u0020]/g, ''));
    if (FORBIDDEN_ATTRIBUTE.test(name) || scriptUrl) {
      delete node.properties[property];
      removed.push(`removed the ${name} attribute${scriptUrl ? ' (a script URL)' : ''} of ${describe(node)}`);
    }
  }
  return removed;
}

/** GFM's task lists render a disabled checkbox; any other form control goes. */
function isTaskCheckbox(node: Element): boolean {
  return node.properties['type'] === 'checkbox' && Boolean(node.properties['disabled']);
}

function clean<T extends RootContent | ElementContent>(children: T[], removed: string[]): T[] {
  return children.flatMap((child): T[] => {
    if (child.type !== 'element') return [child];
    if (REMOVED_WITH_CONTENT.has(child.tagName) || (child.tagName === 'input' && !isTaskCheckbox(child))) {
      removed.push(`removed ${describe(child)} and its content`);
      return [];
    }
    child.children = clean(child.children, removed);
    if (!ALLOWED_ELEMENTS.has(child.tagName)) {
      removed.push(`removed ${describe(child)}, keeping its content`);
      return child.children as T[];
    }
    removed.push(...cleanAttributes(child));
    return [child];
  });
}

/**
 * Removes from an article's HTML tree what the site does not publish: scripts, frames, styles and
 * form controls with their content, other unknown elements keeping their content, event handlers,
 * `style` attributes and script URLs. Changes the tree; returns one message per removal.
 * @example sanitizeHtml(tree of '<p onclick="x()">Hi</p>') // ['removed the onclick attribute of <p> “Hi”']
 */
export function sanitizeHtml(tree: Root): string[] {
  const removed: string[] = [];
  tree.children = clean(tree.children, removed);
  return removed;
}

function hasRaw(node: RootContent): boolean {
  return node.type === 'raw' || (node.type === 'element' && node.children.some(hasRaw));
}

type File = NonNullable<NonNullable<Parameters<typeof raw>[1]>['file']>;

/**
 * A rehype plugin that keeps raw HTML in Markdown from publishing scripts, frames, styles,
 * event handlers or `javascript:` URLs (see `sanitizeHtml`), and warns naming the file and
 * each removal. Raw HTML is parsed here, as Astro parses it later, so what is checked is what is published.
 *
 * It sanitises rather than throws: Astro's content loader logs a rendering error and goes on
 * with an empty article, so an error here would not stop the build.
 */
export function rehypeSafeHtml() {
  return (tree: Root, file: File): Root => {
    const parsed = tree.children.some(hasRaw) ? (raw(tree, { file }) as Root) : tree;
    const removed = sanitizeHtml(parsed);
    if (removed.length) {
      console.warn(`${file.path}: raw HTML the site does not publish:\n${removed.map((r) => `  ${r}`).join('\n')}`);
    }
    return parsed;
  };
}
