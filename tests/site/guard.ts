import type { Page } from '@playwright/test';

/**
 * Watches a page for what a clean page never does: break its Content Security Policy (a
 * `securitypolicyviolation` event), log a console error, throw, or request anything from another
 * origin. Call it before `page.goto`; the returned function returns what it has seen so far.
 * @example const seen = await guardPage(page, 'http://localhost:4173'); await page.goto('/'); seen() // []
 */
export async function guardPage(page: Page, origin: string): Promise<() => string[]> {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught error: ${e.message}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  await page.exposeFunction('reportSecurityPolicyViolation', (v: string) => problems.push(`CSP violation: ${v}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportSecurityPolicyViolation: (v: string) => void }).reportSecurityPolicyViolation;
      report(`${e.effectiveDirective} refused ${e.blockedURI || 'an inline script or style'}`);
    });
  });
  return () => [...problems];
}
