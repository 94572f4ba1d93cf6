import { slug } from 'github-slugger';

/**
 * The id a heading's text gives its section: its slug as rehype-slug makes it (github-slugger:
 * lower case, spaces as hyphens, emoji and punctuation left out), without the hyphens that
 * left-out characters leave at its ends. Empty for a heading with nothing an id keeps.
 * @example headingSlug('🚀 Launch') // 'launch'
 */
export function headingSlug(text: string): string {
  return slug(text).replace(/^-+|-+$/g, '');
}

/** What is wrong with a heading that gives no id, and the fix; the content check says it too. */
export const NAMELESS_HEADING =
  'gives no id: a section’s id (the #fragment of its address) is made of its heading’s letters and digits, ' +
  'and emoji and punctuation are left out. Give the heading words in letters or digits.';
