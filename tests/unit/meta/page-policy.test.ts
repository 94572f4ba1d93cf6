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

  it('counts only scripts the browser runs: a data block’s hash is dropped like any other', () => {
    const data = '{"@type":"Article"}';
    const listed = `script-src 'self' ${hash(data)} ${hash(script)}; style-src 'self' ${hash(style)};`;
    const body = `<script type="application/ld+json">${data}</script><script type="text/javascript">${script}</script>`;
    expect(policyOf(pagePolicy(page(listed, body)))).toBe(`script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`);
  });

  it('gives each page its own hashes when pages share some blocks and not others', () => {
    const second = 'console.log("b")';
    const listed = `script-src 'self' ${hash(script)} ${hash(second)}; style-src 'self' ${hash(style)};`;
    expect(policyOf(pagePolicy(page(listed, `<script>${script}</script>`)))).toBe(`script-src 'self' ${hash(script)}; style-src 'self' ${hash(style)};`);
    expect(policyOf(pagePolicy(page(listed, `<script>${second}</script>`)))).toBe(`script-src 'self' ${hash(second)}; style-src 'self' ${hash(style)};`);
    expect(policyOf(pagePolicy(page(listed, `<script>${second}</script><script>${script}</script>`)))).toBe(listed);
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
