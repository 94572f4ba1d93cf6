import { describe, expect, it } from 'vitest';
import { checkHeaders, headersFor, parseHeaders } from './headers.ts';

const file = "# Comment\n/*\n  Content-Security-Policy: frame-ancestors 'none'\n  X-Frame-Options: DENY\n\n/_astro/*\n  Cache-Control: max-age=31536000, immutable\n";

describe('parseHeaders', () => {
  it('returns each path pattern with its header lines', () => {
    expect(parseHeaders(file)).toEqual(
      new Map([
        ['/*', ["Content-Security-Policy: frame-ancestors 'none'", 'X-Frame-Options: DENY']],
        ['/_astro/*', ['Cache-Control: max-age=31536000, immutable']],
      ]),
    );
  });
});

describe('headersFor', () => {
  it('returns the headers of every pattern that matches the path', () => {
    expect(headersFor(parseHeaders(file), '/_astro/a.js')).toEqual({
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
      'Cache-Control': 'max-age=31536000, immutable',
    });
    expect(Object.keys(headersFor(parseHeaders(file), '/en/'))).toEqual(['Content-Security-Policy', 'X-Frame-Options']);
  });
  it('returns the headers of a pattern with a placeholder for one segment', () => {
    const rules = parseHeaders('/pagefind/:part/index/*\n  Cache-Control: immutable\n');
    expect(headersFor(rules, '/pagefind/0/index/en_1.pf_index')).toEqual({ 'Cache-Control': 'immutable' });
    expect(headersFor(rules, '/pagefind/0/1/index/en_1.pf_index')).toEqual({});
  });
});

describe('checkHeaders', () => {
  it('returns nothing for frame-ancestors on every page and immutable assets', () => {
    expect(checkHeaders("# x\n/*\n  Content-Security-Policy: frame-ancestors 'none'\n/_astro/*\n  Cache-Control: max-age=31536000, immutable\n")).toEqual([]);
  });
  it('returns what is missing', () => {
    expect(checkHeaders('/_astro/*\n  Cache-Control: max-age=60\n')).toEqual([
      'no Content-Security-Policy header with frame-ancestors for /*',
      'no immutable cache for /_astro/*',
    ]);
  });
});
