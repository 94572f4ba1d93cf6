import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pagePolicy } from '../../../src/meta/page-policy.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const script = 'console.log("a")';
const style = 'p{color:red}';
const other = hash('something another page runs');
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${style}</style></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('pagePolicy', () => {
  const full = `default-src 'none'; script-src 'self' ${hash(script)} ${other}; style-src 'self' ${other} ${hash(style)};`;

  it('keeps the hashes of the page’s own inline scripts and styles and drops the others', () => {
    expect(policyOf(pagePolicy(page(full, `<script type="module">${script}</script>`)))).toBe(
      `default-src 'none'; script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`,
    );
  });

  it('drops the hash of a script the page does not run, and counts a script with src as not inline', () => {
    expect(policyOf(pagePolicy(page(full, `<script type="module" src="/a.js">${script}</script>`)))).toBe(
      `default-src 'none'; script-src 'self'; style-src 'self' ${hash(style)};`,
    );
  });

  it('never adds a hash the policy did not list', () => {
    const html = page(`script-src 'self'; style-src 'self'`, `<script>${script}</script>`);
    expect(pagePolicy(html)).toBe(html);
  });

  it('leaves a page without a policy as it is', () => {
    const html = `<p>${other}</p><script>${script}</script>`;
    expect(pagePolicy(html)).toBe(html);
  });
});
