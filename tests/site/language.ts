import type { Element } from 'hast';
import { from, to } from 'opencc-js/preset';
import { langTag, sourceLocale, type Locale } from '../../src/i18n/locales.ts';
import { elements, htmlElement, htmlLang, pageLocale, type Site, type SitePage } from './pages.ts';

/**
 * Text that can only be in one of the site's languages: Han characters are Chinese. Latin text
 * needs no such mark: names and abbreviations in Latin letters are at home in a Chinese page.
 */
const SCRIPTS: Partial<Record<Locale, RegExp>> = { zh: /\p{Script=Han}/u };

/** One of OpenCC's tables: `from to|…` (several `to` at times), or pairs. */
type Table = string | readonly (readonly [string, string])[];

/** The pairs of one of OpenCC's tables. */
function pairs(dict: Table): [string, string[]][] {
  return typeof dict === 'string'
    ? dict.split('|').map((entry) => {
        const [source = '', ...targets] = entry.split(' ');
        return [source, targets];
      })
    : dict.map(([source, target]) => [source, [target]]);
}

/**
 * Chinese characters of one script only, from OpenCC's tables: a Simplified character that its
 * character table converts and that no Traditional text in the tables uses, Taiwan's and Hong
 * Kong's forms included (“简”, but neither “干” nor “秘”, which Traditional words use too), and
 * the other way round (“簡”).
 */
const ONLY = (() => {
  const [stPhrases = '', stCharacters = ''] = from['cn']![0]!;
  const [tsPhrases = '', tsCharacters = ''] = to['cn']![0]!;
  const regional = ['tw', 'hk'].flatMap((region) => to[region]!.flat());
  const only = (characters: Table, tables: Table[], reverse: Table) => {
    const used = new Set(tables.flatMap((table) => pairs(table).flatMap(([, targets]) => targets.flatMap((t) => [...t]))));
    for (const [source] of pairs(reverse)) used.add(source);
    return new Set(pairs(characters).flatMap(([source, targets]) => (targets.includes(source) || used.has(source) ? [] : [source])));
  };
  return {
    hans: only(stCharacters, [stCharacters, stPhrases, ...regional], tsCharacters),
    hant: only(tsCharacters, [tsCharacters, tsPhrases], stCharacters),
  };
})();

/** The script of a Chinese language tag: Traditional for `zh-Hant` and Taiwan, Hong Kong and Macau, else Simplified. */
function chineseScript(tag: string): 'hans' | 'hant' {
  return /^zh-(?:hant|tw|hk|mo)\b/i.test(tag) ? 'hant' : 'hans';
}

/** Attributes whose text is read out or shown, so they need the right language too. */
const TEXT_ATTRIBUTES = ['alt', 'title', 'ariaLabel', 'placeholder'];

function primarySubtag(tag: string | undefined): string | undefined {
  return tag?.toLowerCase().split('-')[0];
}

function excerpt(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 30 ? `${t.slice(0, 29)}…` : t;
}

/** The texts an element shows itself: its own text nodes and its text attributes. */
function ownTexts(node: Element): string[] {
  const texts = node.children.flatMap((c) => (c.type === 'text' ? [c.value] : []));
  for (const name of TEXT_ATTRIBUTES) {
    const value = node.properties[name];
    if (typeof value === 'string') texts.push(value);
  }
  return texts;
}

/**
 * Returns a page's language problems: an `<html lang>` that is not its path's language (the
 * original's for the home and 404 pages, which mark their other parts), text in one of the
 * site's languages inside an element whose `lang` is another, and Chinese in one script inside an
 * element marked as the other (Simplified in `zh-Hant`, Traditional in `zh-CN`). `<head>` is left out: a title
 * cannot mark a part of itself, and the bilingual pages' titles are in both languages on purpose.
 * @example checkLanguage(site, page) // ['/en/a/: Chinese text “中文” in <a> marked “en”']
 */
export function checkLanguage(site: Site, page: SitePage): string[] {
  const problems: string[] = [];
  const expected = langTag(pageLocale(site.base, page.path) ?? sourceLocale);
  const lang = htmlLang(page);
  if (lang !== expected) problems.push(`${page.path}: <html lang="${lang ?? ''}">, expected “${expected}”`);
  const body = htmlElement(page)?.children.find((n): n is Element => n.type === 'element' && n.tagName === 'body');
  if (!body) return [...problems, `${page.path}: no <body>`];
  for (const { node, lang: effective } of elements({ type: 'root', children: [body] }, lang)) {
    if (node.tagName === 'script' || node.tagName === 'style') continue;
    for (const [locale, script] of Object.entries(SCRIPTS) as [Locale, RegExp][]) {
      if (primarySubtag(effective) === primarySubtag(langTag(locale))) continue;
      for (const text of ownTexts(node).filter((t) => script.test(t))) {
        problems.push(`${page.path}: ${langTag(locale)} text “${excerpt(text)}” in <${node.tagName}> marked “${effective}”`);
      }
    }
    if (primarySubtag(effective) === 'zh') {
      const marked = chineseScript(effective!);
      const other = marked === 'hant' ? ONLY.hans : ONLY.hant;
      for (const text of ownTexts(node).filter((t) => [...t].some((char) => other.has(char)))) {
        const name = marked === 'hant' ? 'Simplified' : 'Traditional';
        problems.push(`${page.path}: ${name} Chinese “${excerpt(text)}” in <${node.tagName}> marked “${effective}”`);
      }
    }
  }
  return problems;
}
