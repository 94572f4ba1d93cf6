import type { ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import OpenCC from 'opencc-js/cn2t';
import type { Block } from '../alignment/blocks.ts';
import type { ArticleData } from '../content/schema.ts';
import { langTag, locales } from '../i18n/locales.ts';
import { NOT_PROSE } from '../markdown/rehype-cjk-punctuation.ts';

/**
 * The Traditional Chinese edition: Simplified Chinese text converted with OpenCC (opencc-js, no
 * network), with the editors' phrase overrides and Traditional quotation marks. Only Chinese text
 * changes: OpenCC maps Chinese characters and phrases and leaves Latin letters, digits and marks
 * alone; blocks are converted text node by text node, so markup, ids, URLs and code stay as they are.
 */

/** Converts a Simplified Chinese text to Traditional. */
export type Convert = (text: string) => string;

/** Simplified phrases and the Traditional text that replaces each, whatever OpenCC would give. */
export type Overrides = ReadonlyMap<string, string>;

/** The OpenCC conversion the edition uses, set in locales.ts. */
export const conversion = locales['zh-hant'].conversion;

const QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const LATIN = /[A-Za-z\u00c0-\u024f]/;

/**
 * Traditional quotation marks for Simplified ones: “” become 「」 and ‘’ become 『』; a ’ between
 * Latin letters is an apostrophe (O’Brien) and stays.
 * @example traditionalQuotes('称为“贾法尔”') // '称为「贾法尔」'
 */
export function traditionalQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (mark, i: number) =>
    mark === '’' && LATIN.test(text.charAt(i - 1)) && LATIN.test(text.charAt(i + 1)) ? mark : QUOTES[mark]!,
  );
}

/**
 * OpenCC's converters take a while to load their dictionaries and hold about 40 MB each: one per
 * conversion and process, made on first use. The build loads this module twice (in the cards'
 * integration and in the pages' bundle), so they are kept on the global object, not in the module.
 */
const CONVERTERS = Symbol.for('bilingual-articles.opencc');
const converters: Map<string, Convert> = ((globalThis as { [CONVERTERS]?: Map<string, Convert> })[CONVERTERS] ??= new Map());
function openCC(to: string): Convert {
  let convert = converters.get(to);
  if (!convert) converters.set(to, (convert = OpenCC.Converter({ from: 'cn', to })));
  return convert;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The converter of the edition: OpenCC's `to` conversion and Traditional quotation marks, with
 * each override's Simplified phrase replaced by its Traditional text as given (the longest first
 * where two begin at one place).
 * @example toTraditional(new Map([['喀布尔', '喀布爾']]))('喀布尔的软件') // '喀布爾的軟體'
 */
export function toTraditional(overrides: Overrides = new Map(), to: string = conversion): Convert {
  const convert = (text: string) => traditionalQuotes(openCC(to)(text));
  if (!overrides.size) return convert;
  const phrases = new RegExp(
    [...overrides.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  return (text) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(phrases)) {
      out += convert(text.slice(last, match.index)) + overrides.get(match[0])!;
      last = match.index + match[0].length;
    }
    return out + convert(text.slice(last));
  };
}

/** Attributes whose text a reader sees or hears. */
const TEXT_ATTRIBUTES = ['alt', 'title'];

function convertNodes(nodes: ElementContent[], convert: Convert, href: (href: string) => string): void {
  for (const node of nodes) {
    if (node.type === 'text') node.value = convert(node.value);
    if (node.type !== 'element' || NOT_PROSE.has(node.tagName)) continue;
    const { lang } = node.properties;
    // Text marked as another language (`<span lang="en">`) is not Chinese.
    if (typeof lang === 'string' && !/^zh(?:-|$)/i.test(lang)) continue;
    if (typeof lang === 'string') node.properties['lang'] = langTag('zh-hant');
    for (const name of TEXT_ATTRIBUTES) {
      const value = node.properties[name];
      if (typeof value === 'string') node.properties[name] = convert(value);
    }
    if (node.tagName === 'a' && typeof node.properties['href'] === 'string') node.properties['href'] = href(node.properties['href']);
    convertNodes(node.children, convert, href);
  }
}

/**
 * The blocks of a Simplified page converted to Traditional: the text of every text node and the
 * `alt` and `title` attributes, not code; `href` maps each link (to the Traditional pages, say).
 * Ids, tags and the blocks' own attributes are kept. A block without markup is converted as it is.
 */
export function traditionalBlocks(blocks: Block[], convert: Convert, href: (href: string) => string = (h) => h): Block[] {
  return blocks.map((block) => {
    if (NOT_PROSE.has(block.tag)) return block;
    if (!block.html.includes('<')) {
      const html = convert(block.html);
      return { ...block, html, text: block.text === block.html ? html : convert(block.text) };
    }
    // Parsed inside its own element, so that table rows and list items stay where they belong.
    const tree: Root = fromHtml(`<${block.tag}>${block.html}</${block.tag}>`, { fragment: true });
    const element = tree.children.find((n) => n.type === 'element');
    if (!element) return block;
    convertNodes(element.children, convert, href);
    return { ...block, html: toHtml(element.children), text: toString(element).trim(), links: block.links.map(href) };
  });
}

/**
 * The frontmatter of a Simplified translation converted to Traditional: its title, description,
 * publisher and translation notice; the URL, date and stamp are kept.
 */
export function traditionalData<T extends Pick<ArticleData, 'title' | 'description' | 'source' | 'translationNotice'>>(
  data: T,
  convert: Convert,
): T {
  return {
    ...data,
    title: convert(data.title),
    description: convert(data.description),
    source: { ...data.source, publisher: convert(data.source.publisher) },
    ...(data.translationNotice === undefined ? {} : { translationNotice: convert(data.translationNotice) }),
  };
}
