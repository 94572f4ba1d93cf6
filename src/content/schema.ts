import { z } from 'astro/zod';
import { isCalendarDate } from './dates.ts';

/** The frontmatter of an article file, original or translation. Unknown keys are errors. */
export const articleSchema = z.strictObject({
  /** The article's title in this file's language. */
  title: z.string().trim().min(1),
  /** One sentence that says what the article is about, for lists, search results and previews. */
  description: z.string().trim().min(1),
  /** The source's publication date: YAML reads YYYY-MM-DD as a date; a quoted one is taken too. */
  published: z.preprocess(
    (value) => (typeof value === 'string' && isCalendarDate(value) ? new Date(value) : value),
    z.date({ error: 'must be the source’s publication date, written YYYY-MM-DD' }),
  ),
  /** Where the article was first published. */
  source: z.strictObject({
    url: z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' }),
    publisher: z.string().trim().min(1),
  }),
  /** On a translation: the note that tells readers how it was made and which text prevails. */
  translationNotice: z.string().trim().min(1).optional(),
  /** On a translation: the hash of the original's text it was made from (`npm run translation:stamp`). */
  originalHash: z
    .string()
    .regex(/^[0-9a-f]{10}$/, 'must be the 10-character hash that `npm run translation:stamp -- <slug>` writes')
    .optional(),
});

export type ArticleData = z.infer<typeof articleSchema>;
