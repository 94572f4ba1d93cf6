import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dist, pages, type BuiltPage } from './dist.ts';

/** The page weight budget: at most 2 KB of gzipped JavaScript on a page, 14 KB for an article's first view. */

const gzipped = (text: string | Buffer) => gzipSync(text).length;

/** A built asset by its URL path, with the base (`/articles/_astro/x.js`): found by its path under `_astro/`. */
function asset(src: string): string {
  const file = join(dist, src.slice(src.indexOf('/_astro/')));
  if (!existsSync(file)) throw new Error(`${src} is not in ${dist}`);
  return readFileSync(file, 'utf8');
}

/** The gzipped size of a page's JavaScript: inline modules, external ones and what they import. */
function scriptBytes(page: BuiltPage): number {
  const seen = new Set<string>();
  const follow = (src: string): number => {
    if (seen.has(src)) return 0;
    seen.add(src);
    const code = asset(src);
    const imports = [...code.matchAll(/(?:from|import)\s*["'](\.\/[^"']+)["']/g)].map((m) => `${dirname(src)}/${m[1]!.slice(2)}`);
    return gzipped(code) + imports.reduce((sum, s) => sum + follow(s), 0);
  };
  return page.scripts.reduce((sum, s) => sum + (s.src ? follow(s.src) : gzipped(s.text)), 0);
}

describe.each(pages.map((p) => [p.route, p] as const))('%s', (_, page) => {
  it('ships at most 2 KB of gzipped JavaScript', () => {
    expect(scriptBytes(page)).toBeLessThanOrEqual(2048);
  });
});

it('an article’s first view (HTML, CSS, JavaScript) weighs at most 14 KB gzipped', () => {
  for (const page of pages.filter((p) => p.tags['og:type']?.[0] === 'article')) {
    const css = page.stylesheets.reduce((sum, href) => sum + gzipped(asset(href)), 0);
    expect(gzipped(page.html) + css + scriptBytes(page), page.route).toBeLessThanOrEqual(14 * 1024);
  }
});
