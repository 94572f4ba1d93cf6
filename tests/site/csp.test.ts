import { describe, expect, it } from 'vitest';
import { checkCsp, parsePolicy } from './csp.ts';
import { siteFromHtml } from './pages.ts';

const good = "default-src 'none'; img-src 'self' data:; script-src 'self' 'sha256-abc='; style-src 'self' 'sha256-def='";
const page = (head: string) => siteFromHtml({ pages: { 'en/index.html': `<html lang="en"><head>${head}</head><body></body></html>` } }).pages[0]!;
const meta = (policy: string) => `<meta http-equiv="content-security-policy" content="${policy}">`;

describe('parsePolicy', () => {
  it('returns each directive with its sources, the first of a repeated one', () => {
    expect(parsePolicy(" default-src 'none';IMG-SRC 'self' data: ; img-src *;")).toEqual(
      new Map([
        ['default-src', ["'none'"]],
        ['img-src', ["'self'", 'data:']],
      ]),
    );
  });
});

describe('checkCsp', () => {
  it('returns nothing for a strict policy before the styles', () => {
    expect(checkCsp(page(`${meta(good)}<style>p{}</style>`))).toEqual([]);
  });
  it('returns nothing for a data block before the policy, and a problem for a script', () => {
    expect(checkCsp(page(`<script type="application/ld+json">{}</script>${meta(good)}`))).toEqual([]);
    expect(checkCsp(page(`<script type="module">1</script>${meta(good)}`))).toHaveLength(1);
  });
  it('returns a missing policy, and one after a style it should govern', () => {
    expect(checkCsp(page(''))).toEqual(['/en/: 0 Content Security Policy <meta> elements, expected 1']);
    expect(checkCsp(page(`<style>p{}</style>${meta(good)}`))).toEqual([
      '/en/: the Content Security Policy comes after a script or style it should govern',
    ]);
  });
  it("returns a loose default-src, 'unsafe-inline' scripts and header-only directives", () => {
    expect(checkCsp(page(meta("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src https:; frame-ancestors 'none'")))).toEqual([
      "/en/: default-src is “'self'”, not 'none'",
      "/en/: script-src allows 'unsafe-inline'",
      '/en/: style-src allows https:',
      '/en/: frame-ancestors is ignored in a <meta> policy; send it as a header',
    ]);
  });
});
