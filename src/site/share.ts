/**
 * The URL to share from a page: the page's own address, so that it records the view the reader
 * is on (a language, the bilingual view), with a section's fragment or none. The query is
 * dropped: it carries no view, only whatever brought this reader (tracking, previews).
 * @example shareUrl('https://example.org/en/a/bilingual/?ref=x#old', '#intro') // 'https://example.org/en/a/bilingual/#intro'
 */
export function shareUrl(pageUrl: string, fragment = ''): string {
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = fragment;
  return url.href;
}
