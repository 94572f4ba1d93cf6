import { elements, type SitePage } from './pages.ts';

/** Directives that a `<meta>` policy ignores: they belong in response headers (public/_headers). */
const HEADER_ONLY = ['frame-ancestors', 'report-uri', 'sandbox'];

/** Sources that would let an injected script run. */
const UNSAFE_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:'];

/**
 * Parses a Content Security Policy into its directives and their sources.
 * @example parsePolicy("default-src 'none'; img-src 'self' data:") // Map { 'default-src' => ["'none'"], 'img-src' => ["'self'", 'data:'] }
 */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** A script the browser runs; a data block such as JSON-LD (`type="application/ld+json"`) is not one, and no policy governs it. */
function isExecutable(node: { tagName: string; properties: Record<string, unknown> }): boolean {
  const type = String(node.properties['type'] ?? '').toLowerCase();
  return node.tagName === 'script' && (!type || type === 'module' || /(java|ecma)script/.test(type));
}

/**
 * Returns what is wrong with a page's `<meta>` Content Security Policy: missing or repeated, after
 * a script or style it should govern, a `default-src` other than `'none'`, scripts or styles
 * allowed inline or from anywhere, or a directive that only works as a header.
 * @example checkCsp(page) // ["/en/a/: script-src allows 'unsafe-inline'"]
 */
export function checkCsp(page: SitePage): string[] {
  const problems: string[] = [];
  const report = (message: string) => problems.push(`${page.path}: ${message}`);
  const policies: string[] = [];
  let governed = false;
  for (const { node } of elements(page.tree)) {
    const httpEquiv = node.properties['httpEquiv'];
    if (node.tagName === 'meta' && String(httpEquiv).toLowerCase() === 'content-security-policy') {
      if (governed) report('the Content Security Policy comes after a script or style it should govern');
      policies.push(String(node.properties['content'] ?? ''));
    }
    if (isExecutable(node) || node.tagName === 'style' || (node.tagName === 'link' && String(node.properties['rel']).includes('stylesheet'))) {
      governed = true;
    }
  }
  if (policies.length !== 1) {
    report(`${policies.length} Content Security Policy <meta> elements, expected 1`);
    return problems;
  }
  const policy = parsePolicy(policies[0]!);
  if (policy.get('default-src')?.join(' ') !== "'none'") report(`default-src is “${policy.get('default-src')?.join(' ') ?? ''}”, not 'none'`);
  for (const directive of ['script-src', 'style-src']) {
    const sources = policy.get(directive);
    if (!sources) report(`no ${directive}`);
    for (const source of sources ?? []) if (UNSAFE_SCRIPT_SOURCES.includes(source)) report(`${directive} allows ${source}`);
  }
  for (const name of HEADER_ONLY) if (policy.has(name)) report(`${name} is ignored in a <meta> policy; send it as a header`);
  return problems;
}
