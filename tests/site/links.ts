import { langTag } from '../../src/i18n/locales.ts';
import { pageFile } from '../../src/site/page-files.ts';
import { elements, htmlLang, localeOfTag, pageLocale, safeDecode, type Site, type SitePage } from './pages.ts';

/** The ids a page's fragments can point at (`id`, and `name` on anchors). */
function anchors(page: SitePage): Set<string> {
  const ids = new Set<string>();
  for (const { node } of elements(page.tree)) {
    const id = node.properties['id'] ?? (node.tagName === 'a' ? node.properties['name'] : undefined);
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

/**
 * Returns every broken internal link of the site: an `href` (of `<a>` or `<link>`) to a file the
 * site does not have, a `#fragment` that names no element of its target page (percent-encoded
 * fragments decoded), a link to another language's page without `hreflang` (only the toggle and
 * language links may leave the page's language), and an `hreflang` that is not its target's language.
 * Links to other sites are not followed.
 * @example checkLinks(site) // ['/en/a/: <a href="#nope">: no id “nope” on /en/a/']
 */
export function checkLinks(site: Site): string[] {
  const byFile = new Map(site.pages.map((p) => [p.file, p]));
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (page: SitePage) => idsByFile.get(page.file) ?? idsByFile.set(page.file, anchors(page)).get(page.file)!;
  const problems: string[] = [];

  for (const page of site.pages) {
    const pageLang = localeOfTag(htmlLang(page));
    const from = new URL(page.path, site.origin);
    for (const { node } of elements(page.tree)) {
      const href = node.properties['href'];
      if ((node.tagName !== 'a' && node.tagName !== 'link') || typeof href !== 'string') continue;
      const report = (message: string) => problems.push(`${page.path}: <${node.tagName} href="${href}">: ${message}`);
      const url = new URL(href, from);
      if (url.origin !== from.origin) continue;
      const file = pageFile(site.base, url.pathname);
      if (file === undefined || !site.files.has(file)) {
        report(file === undefined ? 'outside the base path' : 'no such page or file');
        continue;
      }
      const target = byFile.get(file);
      if (!target) continue;
      if (url.hash.length > 1) {
        const id = safeDecode(url.hash.slice(1));
        if (id === undefined) report('malformed percent-encoding in the fragment');
        else if (!idsOf(target).has(id)) report(`no id “${id}” on ${target.path}`);
      }
      const targetLang = pageLocale(site.base, target.path);
      const hreflang = node.properties['hrefLang'];
      if (!targetLang || hreflang === 'x-default') continue;
      if (hreflang !== undefined && hreflang !== langTag(targetLang)) {
        report(`hreflang="${hreflang}" on a link to a ${langTag(targetLang)} page`);
      } else if (hreflang === undefined && targetLang !== pageLang) {
        report(`leaves the page's language for ${langTag(targetLang)} without hreflang`);
      }
    }
  }
  return problems;
}
