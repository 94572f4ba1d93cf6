/**
 * A page's Content Security Policy, trimmed to what the page runs. Astro lists in every page's
 * `<meta>` policy the hashes of every inline script and style of the whole site; a page needs only
 * its own. Trimming keeps the sources it does not recognise and only drops hashes, so a policy can
 * only become stricter.
 */
import { createHash } from 'node:crypto';

const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;
const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/i;
const HASH = / ?'sha256-[A-Za-z0-9+/]+={0,2}'/g;

/** The `'sha256-…'` sources of a page's inline scripts and styles (those without `src`). */
function inlineHashes(html: string): Set<string> {
  const inline = [...html.matchAll(INLINE)].filter(([, , attributes]) => !/\bsrc=/i.test(attributes!));
  return new Set(inline.map(([, , , text]) => `'sha256-${createHash('sha256').update(text!).digest('base64')}'`));
}

/**
 * Returns a page with the hashes in its policy that match none of its inline scripts and styles
 * removed.
 * @example pagePolicy(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-A=' 'sha256-B='">…<script>…</script>`)
 * // the same page, the policy keeping 'self' and the script's hash alone
 */
export function pagePolicy(html: string): string {
  const used = inlineHashes(html);
  return html.replace(POLICY, (_, open: string, policy: string) => `${open}${policy.replace(HASH, (source) => (used.has(source.trim()) ? source : ''))}"`);
}
