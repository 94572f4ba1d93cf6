import { parsePolicy } from './csp.ts';

/**
 * Reads a `_headers` file (Netlify, Cloudflare Pages): each path pattern with its header lines.
 * @example parseHeaders('/*\n  X-Frame-Options: DENY\n') // Map { '/*' => ['X-Frame-Options: DENY'] }
 */
export function parseHeaders(text: string): Map<string, string[]> {
  const rules = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.set(line.trim(), (current = []));
    else current?.push(line.trim());
  }
  return rules;
}

/**
 * The headers a `_headers` file gives a path: those of every pattern that matches it (`*` matches
 * anything, a `:placeholder` one segment).
 * @example headersFor(rules, '/_astro/a.js') // { 'Cache-Control': 'public, max-age=31536000, immutable', … }
 */
export function headersFor(rules: Map<string, string[]>, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [pattern, lines] of rules) {
    const escaped = pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:\w+/g, '[^/]+'));
    const regex = new RegExp(`^${escaped.join('.*')}$`);
    if (!regex.test(path)) continue;
    for (const line of lines) headers[line.slice(0, line.indexOf(':')).trim()] = line.slice(line.indexOf(':') + 1).trim();
  }
  return headers;
}

/**
 * Returns what a `_headers` file (Netlify, Cloudflare Pages) lacks: for every page, a Content
 * Security Policy with `frame-ancestors` (which a `<meta>` policy cannot set), and for the hashed
 * assets under `/_astro/`, an immutable cache.
 * @example checkHeaders('/*\n  Content-Security-Policy: frame-ancestors \'none\'\n') // ['no immutable cache for /_astro/*']
 */
export function checkHeaders(text: string): string[] {
  const rules = parseHeaders(text);
  const problems: string[] = [];
  const csp = rules.get('/*')?.find((h) => /^content-security-policy:/i.test(h));
  if (!csp || !parsePolicy(csp.slice(csp.indexOf(':') + 1)).get('frame-ancestors')) {
    problems.push('no Content-Security-Policy header with frame-ancestors for /*');
  }
  if (!rules.get('/_astro/*')?.some((h) => /^cache-control:.*\bimmutable\b/i.test(h))) problems.push('no immutable cache for /_astro/*');
  return problems;
}
