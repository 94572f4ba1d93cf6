import type { Block } from '../alignment/blocks.ts';
import { lineWhere } from '../content/lines.ts';
import { stripBase } from '../i18n/urls.ts';

/** A page of the site that Markdown may link to, with the fragment ids it has. */
export type SitePages = Map<string, ReadonlySet<string>>;

/** One article file's links to check. */
export interface LinkSource {
  file: string;
  /** The page the file becomes, as a site path (`/en/my-article/`). */
  path: string;
  blocks: Block[];
  source?: (() => string) | undefined;
}

function lineOfText(source: string | undefined, text: string): string {
  const line = source && lineWhere(source, (l) => l.includes(text));
  return line ? `:${line}` : '';
}

/** A fragment as the page's ids hold it: percent-decoded, or as written when it does not decode. */
function fragmentId(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

/**
 * The internal links of article files that lead to no page or no section, as messages naming
 * the file, the line and the fix. External links (with a scheme) are not checked. `scheduled`
 * gives the day of each page a build leaves out for now (see schedule.ts).
 */
export function brokenLinks(files: LinkSource[], pages: SitePages, base: string, scheduled: ReadonlyMap<string, string> = new Map()): string[] {
  const problems: string[] = [];
  for (const f of files) {
    for (const href of f.blocks.flatMap((b) => b.links)) {
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(href)) continue;
      // As the editor wrote it: the Markdown pipeline put the base before root links.
      const written = href.startsWith('/') ? (stripBase(base, href) ?? href) : href;
      const at = `${f.file}${lineOfText(f.source?.(), written.split('#')[0] || written)}`;
      let url: URL;
      try {
        url = new URL(written, `https://site.invalid${f.path}`);
      } catch {
        problems.push(`${at}: the link “${written}” is not an address. Write a site path such as /en/my-article/, or a full address with https://.`);
        continue;
      }
      const ids = pages.get(url.pathname) ?? pages.get(`${url.pathname}/`);
      const later = scheduled.get(url.pathname) ?? scheduled.get(`${url.pathname}/`);
      const id = fragmentId(url.hash);
      if (!ids && later) {
        problems.push(`${at}: the link “${written}” leads to an article scheduled for ${later}, which builds leave out until that day. Remove the link until then.`);
      } else if (!ids) {
        problems.push(`${at}: the link “${written}” leads to no page of this site. Link to an article as /<language>/<slug>/ (e.g. /en/my-article/).`);
      } else if (id && !ids.has(id)) {
        const example = [...ids][0];
        problems.push(`${at}: the link “${written}” points to a section that does not exist. Use the id of one of that page's headings or paragraphs${example ? ` (e.g. #${example})` : ''}.`);
      }
    }
  }
  return problems;
}
