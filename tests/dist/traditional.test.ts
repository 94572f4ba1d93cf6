import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { contentDir, overridesFileFor } from '../../src/content/folders.ts';
import { readOverrides } from '../../src/editions/traditional-overrides.ts';
import { toTraditional } from '../../src/editions/traditional.ts';
import { elements, pageKind, type SitePage } from '../site/pages.ts';
import { pages, site } from './dist.ts';

/**
 * The Traditional Chinese edition against the Simplified one it is converted from: the same ids,
 * and the text of the article the configured conversion of the Simplified text, after the overrides.
 */

const { base } = site;
const convert = toTraditional(readOverrides(overridesFileFor(contentDir)).overrides);
const byPath = new Map(site.pages.map((p) => [p.path, p]));
const traditional = site.pages.filter((p) => p.path.startsWith(`${base}zh-hant/`) && ['article', 'bilingual'].includes(pageKind(base, p.path)));
const counterpart = (page: SitePage, lang: 'en' | 'zh') => byPath.get(page.path.replace(`${base}zh-hant/`, `${base}${lang}/`))!;
/** An article whose Traditional text is written by hand, in zh-hant.md. */
const written = (page: SitePage) => existsSync(join(contentDir, page.path.slice(base.length).split('/')[1]!, 'zh-hant.md'));

const main = (page: SitePage) => [...elements(page.tree)].find(({ node }) => node.tagName === 'main')!.node;
const ids = (page: SitePage) => [...elements({ type: 'root', children: [main(page)] })].flatMap(({ node }) => (typeof node.properties['id'] === 'string' ? [node.properties['id']] : []));
const hasClass = (node: Element, name: string) => ([] as unknown[]).concat(node.properties['className'] ?? []).includes(name);

/**
 * The article's text nodes: the title and the blocks (in the bilingual view, the Chinese side),
 * not the site's controls or the source line (the site's words); each with whether it is Chinese prose (not code, not another language).
 */
function articleText(page: SitePage): { text: string; prose: boolean }[] {
  const out: { text: string; prose: boolean }[] = [];
  const walk = (nodes: ElementContent[], prose: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') out.push({ text: node.value, prose });
      if (node.type !== 'element' || hasClass(node, 'peek') || hasClass(node, 'section-link') || hasClass(node, 'source')) continue;
      const lang = node.properties['lang'];
      const code = ['code', 'pre', 'kbd', 'samp'].includes(node.tagName);
      walk(node.children, prose && !code && (typeof lang !== 'string' || lang.startsWith('zh')));
    }
  };
  for (const { node } of elements({ type: 'root', children: [main(page)] } as Root)) {
    const chinese = typeof node.properties['lang'] === 'string' && node.properties['lang'].startsWith('zh');
    const bilingual = hasClass(node, 'side') && chinese;
    if (node.tagName === 'h1' || bilingual || (hasClass(node, 'prose') && !hasClass(node, 'pairs'))) walk(node.children, true);
  }
  return out;
}

it('finds Traditional Chinese articles and bilingual views', () => {
  expect(traditional.map((p) => pageKind(base, p.path))).toContain('article');
  expect(traditional.map((p) => pageKind(base, p.path))).toContain('bilingual');
});

describe.each(traditional.map((p) => [p.path, p] as const))('%s', (_, page) => {
  it('has the same ids as its English and Simplified pages', () => {
    expect(ids(page)).toEqual(ids(counterpart(page, 'zh')));
    expect(ids(page)).toEqual(ids(counterpart(page, 'en')));
  });

  it.skipIf(written(page))('has, as its article text, the conversion of the Simplified page’s text', () => {
    const simplified = articleText(counterpart(page, 'zh'));
    expect(simplified.length).toBeGreaterThan(0);
    expect(articleText(page)).toEqual(simplified.map(({ text, prose }) => ({ text: prose ? convert(text) : text, prose })));
  });
});

describe('JSON-LD of the two Chinese editions', () => {
  const ld = (path: string) => JSON.parse(pages.find((p) => p.route === path)!.jsonLd[0]!) as Record<string, { url: string }[] & { url: string }>;
  const articles = traditional.filter((p) => pageKind(base, p.path) === 'article');
  it.each(articles.map((p) => [p.path, p] as const))('%s is an edition of the Simplified translation, and is named by it', (_, page) => {
    const route = page.path.slice(base.length - 1);
    const simplified = route.replace('/zh-hant/', '/zh/');
    expect(ld(route)['exampleOfWork']!.url).toBe(ld(simplified)['url']);
    expect(ld(simplified)['workExample']!.map((w) => w.url)).toEqual([ld(route)['url']]);
  });
});
