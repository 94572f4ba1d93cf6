/** A clean URL slug: lower-case ASCII letters and digits, words joined by single hyphens. */
const CLEAN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs that are the addresses of the site's own pages in each language (`/en/search/`). */
const RESERVED_SLUGS = ['search'];

/**
 * The clean slug nearest to a text: accents dropped, lower case, every other run of characters
 * a single hyphen; empty when nothing is left (a Chinese title, say).
 * @example suggestSlug('Crème Brûlée, at Home') // 'creme-brulee-at-home'
 */
export function suggestSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * What is wrong with an article slug and what to use instead; undefined when it is clean.
 * @example slugProblem('My_Article') // '“My_Article” is not a clean URL slug: … Try “my-article”.'
 */
export function slugProblem(slug: string): string | undefined {
  if (RESERVED_SLUGS.includes(slug)) return `“${slug}” is the address of the site's ${slug} page. Choose another, for example “${slug}-article”.`;
  if (CLEAN_SLUG.test(slug)) return undefined;
  const suggestion = suggestSlug(slug);
  return (
    `“${slug}” is not a clean URL slug: use only lower-case letters a-z, digits and single hyphens ` +
    `between words, with no hyphen at the start or end. ` +
    (suggestion ? `Try “${suggestion}”.` : 'For example “my-article”.')
  );
}
