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
const TYPE = /\btype="([^"]*)"/i;

/**
 * Whether a hash can allow an inline block: a style, or a script the browser runs. A script with
 * `src` runs its file, not its text, and a data block (`type="application/ld+json"`) does not run.
 */
function isGoverned(tag: string, attributes: string): boolean {
  if (tag.toLowerCase() === 'style') return true;
  const type = TYPE.exec(attributes)?.[1]!.toLowerCase();
  return !/\bsrc=/i.test(attributes) && (!type || type === 'module' || /(?:java|ecma)script/.test(type));
}

/**
 * The `'sha256-…'` source of each text hashed so far. Pages repeat the same few blocks (a page
 * kind's style, the site's scripts), so each is hashed once a build; every page's data blocks,
 * which differ, are not hashed at all.
 */
const digests = new Map<string, string>();
function digest(text: string): string {
  let source = digests.get(text);
  if (source === undefined) {
    source = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    digests.set(text, source);
  }
  return source;
}

/** The `'sha256-…'` sources of a page's inline scripts and styles. */
function inlineHashes(html: string): Set<string> {
  const inline = [...html.matchAll(INLINE)].filter(([, tag, attributes]) => isGoverned(tag!, attributes!));
  return new Set(inline.map(([, , , text]) => digest(text!)));
}

/**
 * Returns a page with the hashes in its policy that match none of its inline scripts and styles
 * removed.
 * @example pagePolicy(`<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-A=' 'sha256-B='">…<script>…</script>`)
 * // the same page, the policy keeping 'self' and the script's hash alone
 */
export function pagePolicy(html: string): string {
  return html.replace(POLICY, (_, open: string, policy: string) => {
    const used = inlineHashes(html);
    return `${open}${policy.replace(HASH, (source) => (used.has(source.trim()) ? source : ''))}"`;
  });
}
