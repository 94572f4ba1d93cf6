import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { elements, htmlLang, type SitePage } from './pages.ts';

/**
 * What a reader mode makes of a page: Mozilla's Readability, which Firefox's Reader View and many
 * read-later apps run, over the page's HTML in linkedom's DOM (the same result as in jsdom's).
 */
export interface ReaderView {
  title: string;
  lang: string;
  /** The text it keeps, as it shows it. */
  text: string;
  /** Whether Readability's quick test (`isProbablyReaderable`), which decides if Firefox offers Reader View, says yes. */
  readerable: boolean;
}

/** A page as Readability reads it; undefined when it finds no article. */
export function readerView(html: string): ReaderView | undefined {
  const document = parseHTML(html).document as unknown as Document;
  // The quick test only reads the document; Readability then takes it apart.
  const readerable = isProbablyReaderable(document);
  const article = new Readability(document).parse();
  if (!article) return undefined;
  return { title: article.title ?? '', lang: article.lang ?? '', text: article.textContent ?? '', readerable };
}

/**
 * Whether an article is long enough for Firefox to offer Reader View: the test Firefox runs
 * (Readability's `isProbablyReaderable`, with its defaults) over the article's own texts, its
 * whole text (as its `<article>` element) and each of its paragraphs: each of at least 140
 * characters adds the square root of its length past 140, and the sum must pass 20. A shorter
 * article gets no Reader View button in any markup; asking for one would fail on the article,
 * not on the page.
 * @example longEnoughForReaderView(['a'.repeat(600)]) // true (√460 ≈ 21.4)
 */
export function longEnoughForReaderView(texts: readonly string[]): boolean {
  const score = texts.reduce((sum, text) => sum + (text.length < 140 ? 0 : Math.sqrt(text.length - 140)), 0);
  return score > 20;
}

/** Elements whose text is one block of reading: a heading, a paragraph, a list item, a cell. */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li', 'dt', 'dd', 'pre', 'blockquote', 'th', 'td', 'caption', 'figcaption']);

/** One run of a page's text, with the block it belongs to. */
interface Run {
  text: string;
  block: Element;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

const excerpt = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

const hasClass = (node: Element, name: string) => {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
};

/**
 * Whether an element shows no text to a reader: a control (the share and peek links, found by the
 * `data-share` and `data-peek` the scripts act on), or hidden, as Readability drops it.
 */
function notText(node: Element): boolean {
  const { properties: p } = node;
  return p['dataShare'] !== undefined || p['dataPeek'] !== undefined || p['hidden'] !== undefined || p['ariaHidden'] === 'true';
}

/**
 * The runs of text under an element, in document order, each with its nearest block (a block's
 * text is cut in two runs by a block inside it, as a list in a list item); `skip` elements are
 * left out. Whitespace is collapsed, as in the text a reader compares.
 */
function runs(root: Element, skip: (node: Element) => boolean): Run[] {
  const found: Run[] = [];
  const walk = (nodes: ElementContent[], block: Element) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        const last = found.at(-1);
        if (last?.block === block) last.text += node.value;
        else if (node.value.trim()) found.push({ text: node.value, block });
      } else if (node.type === 'element' && !notText(node) && !skip(node) && !['script', 'style', 'template'].includes(node.tagName)) {
        walk(node.children, BLOCKS.has(node.tagName) ? node : block);
      }
    }
  };
  walk(root.children, root);
  return found.map((run) => ({ ...run, text: normal(run.text) }));
}

/**
 * Where the run `runs[k]` is in a reader's text, from `cursor` on, or -1: the first place that
 * starts a word (after a space, or where the text before it ends) or that the next run follows,
 * so that a short heading is not found inside a paragraph.
 */
function indexOfRun(text: string, runs: Run[], k: number, cursor: number): number {
  const { text: run } = runs[k]!;
  const next = runs[k + 1]?.text;
  for (let i = text.indexOf(run, cursor); i >= 0; i = text.indexOf(run, i + 1)) {
    if (i === cursor || text[i - 1] === ' ' || (next !== undefined && text.includes(next, i + run.length))) return i;
  }
  return -1;
}

/**
 * Returns the problems a reader mode has with an article page: Readability must find the
 * article; show the page's `<h1>` as its title (or the page's own `og:title`, when that names the
 * view after the h1); report the expected language; and show the text of the article's body
 * (`.prose`: its headings, paragraphs, lists…) then its source line (`.source`), in order, and
 * nothing else: no text of a control, such as the `labels` of the page's controls. Controls are
 * the links with `data-share` or `data-peek`. Where the article is long enough for Firefox to offer
 * Reader View (`longEnoughForReaderView`), `isProbablyReaderable` must say yes on the page.
 * @example checkReader(page, { lang: 'zh-CN', labels: ['本节链接'] }) // ['/zh/a/: Readability drops <h2> (#history) “历史”, or moves it']
 */
export function checkReader(page: SitePage, expected: { lang: string; labels: string[] }): string[] {
  const at = (problem: string) => `${page.path}: ${problem}`;
  const all = [...elements(page.tree)];
  const find = (test: (node: Element) => boolean) => all.find(({ node }) => test(node))?.node;
  const body = find((n) => hasClass(n, 'prose'));
  const source = find((n) => hasClass(n, 'source'));
  const h1 = find((n) => n.tagName === 'h1');
  if (!body || !source || !h1) return [at('no article body (.prose), source line (.source) or <h1> to compare with')];

  const view = readerView(page.html);
  if (!view) return [at('Readability finds no article')];
  const problems: string[] = [];
  const inSource = new Set([...elements({ type: 'root', children: [source] })].map(({ node }) => node));
  const paragraphs = [...elements({ type: 'root', children: [body] })].filter(({ node }) => node.tagName === 'p' && !inSource.has(node));
  if (!view.readerable && longEnoughForReaderView([body, ...paragraphs.map(({ node }) => node)].map((node) => normal(toString(node))))) {
    problems.push(at('isProbablyReaderable says no: Firefox would not offer Reader View, though the article is long enough'));
  }

  const title = normal(toString(h1));
  const ownTitle = find((n) => n.tagName === 'meta' && n.properties['property'] === 'og:title')?.properties['content'];
  if (view.title !== title && !(view.title === ownTitle && view.title.startsWith(title))) {
    problems.push(at(`Readability’s title is “${view.title}”, not the article’s “${title}”`));
  }
  if (view.lang !== expected.lang || htmlLang(page) !== expected.lang) {
    problems.push(at(`Readability’s language is “${view.lang}”, expected “${expected.lang}”`));
  }

  // The nearest id of each block, to name it.
  const ids = new Map<Element, string>();
  const name = (node: Element, id: string | undefined) => {
    const own = node.properties['id'];
    const near = typeof own === 'string' ? own : id;
    if (near) ids.set(node, near);
    for (const child of node.children) if (child.type === 'element') name(child, near);
  };
  name(body, undefined);
  name(source, undefined);

  const wanted = [...runs(body, (n) => n === source), ...runs(source, () => false)];
  const text = normal(view.text);
  const extras: string[] = [];
  const dropped = new Map<Element, string>();
  let cursor = 0;
  for (const [k, run] of wanted.entries()) {
    const i = indexOfRun(text, wanted, k, cursor);
    if (i < 0) {
      if (!dropped.has(run.block)) dropped.set(run.block, run.text);
      continue;
    }
    extras.push(text.slice(cursor, i));
    cursor = i + run.text.length;
  }
  extras.push(text.slice(cursor));

  for (const [block, start] of dropped) {
    const id = ids.get(block);
    const where = `${inSource.has(block) ? 'from the source line ' : ''}<${block.tagName}>${id ? ` (#${id})` : ''}`;
    problems.push(at(`Readability drops ${where} “${excerpt(start)}”, or moves it`));
  }
  for (const extra of extras.map(normal).filter(Boolean)) {
    const control = expected.labels.some((label) => extra.includes(label));
    problems.push(at(`Readability shows “${excerpt(extra)}”, ${control ? 'a control’s text' : 'which is not the article’s'}`));
  }
  return problems;
}
