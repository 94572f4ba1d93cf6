import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isoDate } from '../content/dates.ts';
import { textHash } from '../content/stamp.ts';
import { PLACEHOLDER_URL, templateText } from '../content/template.ts';
import { convertedFrom, localeKeys, sourceLocale, type WrittenLocale } from '../i18n/locales.ts';

/** The languages a new file can be written in, in order: all but those converted from another (Traditional Chinese). */
export const writtenLocales = localeKeys.filter((l): l is WrittenLocale => !convertedFrom(l));

/** One frontmatter field of a new file: its value as YAML and a comment that says what to put. */
interface Field {
  key: string;
  comment: string;
  value: string | Field[];
}

/** A string as a YAML value: double-quoted, which JSON's escaping also is. */
const quoted = (value: string) => JSON.stringify(value);

/** The fields an original and its translation share: what the article is and where it comes from. */
function sharedFields(locale: WrittenLocale, published: Date): Field[] {
  const words = templateText[locale];
  const isOriginal = locale === sourceLocale;
  return [
    {
      key: 'title',
      comment: "The article's title in this file's language, as readers see it on the page and in lists.",
      value: quoted(words.title),
    },
    {
      key: 'description',
      comment: 'One sentence that says what the article is about; lists, search results and link previews show it.',
      value: quoted(words.description),
    },
    {
      key: 'published',
      comment: isOriginal
        ? "The date the source published the article, as YYYY-MM-DD. Today's date is only a placeholder."
        : 'The same date as in en.md: when the source published the original, not the translation.',
      value: isoDate(published),
    },
    {
      key: 'source',
      comment: isOriginal ? 'Where the article was first published.' : 'The same as in en.md: where the original was published.',
      value: [
        {
          key: 'url',
          comment: "The original's full web address, starting with https:// (or http://).",
          value: quoted(PLACEHOLDER_URL),
        },
        {
          key: 'publisher',
          comment: 'The name of the site or publication that published it.',
          value: quoted(words.publisher),
        },
      ],
    },
  ];
}

/**
 * The fields only a translation has. Translation stamps belong here: when the schema gains the
 * hash of the original's text, add its field to this list (with the original's text passed in to
 * compute it). The unit test that compares a new translation's fields with the schema's fails
 * until then.
 */
function translationFields(originalHash: string): Field[] {
  return [
    {
      key: 'translationNotice',
      comment: 'Shown above the translation: how it was made and which text prevails. Change it if it does not fit.',
      value: quoted('本文译自英文原文，译文或有出入，请以英文原文为准。'),
    },
    {
      key: 'originalHash',
      comment: 'The version of the original this translation follows. After translating, run: npm run translation:stamp -- <slug>',
      value: quoted(originalHash),
    },
  ];
}

/** Fields as YAML lines, each under its comment; nested fields indented by two spaces. */
function yaml(fields: Field[], indent = ''): string[] {
  return fields.flatMap(({ key, comment, value }) => [
    `${indent}# ${comment}`,
    ...(typeof value === 'string' ? [`${indent}${key}: ${value}`] : [`${indent}${key}:`, ...yaml(value, `${indent}  `)]),
  ]);
}

/**
 * A new article file for a language: every frontmatter field with a comment that says what to put
 * and a placeholder that already passes the schema, then a body with the structure of the other
 * language's new file, so that the dev server shows a new pair as it is. The content check (and
 * so the build) names every placeholder left.
 * @example articleTemplate('en', new Date('2025-08-22')) // '---\n# en.md: the English original…'
 */
export function articleTemplate(locale: WrittenLocale, published: Date): string {
  const fields = sharedFields(locale, published);
  if (locale !== sourceLocale) {
    const original = parseFrontmatter(articleTemplate(sourceLocale, published));
    fields.push(...translationFields(textHash(String(original.frontmatter['title']), original.content)));
  }
  const { notes, body } = templateText[locale];
  return ['---', ...notes.map((line) => `# ${line}`), '', ...yaml(fields), '---', '', body.join('\n\n'), ''].join('\n');
}
