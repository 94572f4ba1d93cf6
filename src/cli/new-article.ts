import { convertedFrom, localeKeys, sourceLocale, type WrittenLocale } from '../i18n/locales.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { isoDate } from '../content/dates.ts';
import { textHash } from '../content/stamp.ts';

/** The languages a new file can be written in, in order: all but those converted from another (Traditional Chinese). */
export const writtenLocales = localeKeys.filter((l): l is WrittenLocale => !convertedFrom(l));

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

/** One frontmatter field of a new file: its value as YAML and a comment that says what to put. */
interface Field {
  key: string;
  comment: string;
  value: string | Field[];
}

/** A new file's words in its own language: notes at the top, placeholders that say they are ones. */
interface TemplateText {
  notes: string[];
  title: string;
  description: string;
  publisher: string;
  body: string[];
}

const text: Record<WrittenLocale, TemplateText> = {
  en: {
    notes: [
      'en.md: the English original. Replace every value below that says "Replace", keeping the quotes',
      'around it (inside them, use “curly” quotes). Lines starting with # are notes for you; they never',
      'show on the site.',
    ],
    title: 'Replace with the title',
    description: 'Replace with one sentence that says what the article is about.',
    publisher: 'Replace with the name of the publisher',
    body: [
      'Replace this paragraph with the first paragraph of the article. Leave an empty line between paragraphs.',
      '## Replace with the heading of the first section',
      'Replace this paragraph with the first paragraph of the section. A line starting with "## " begins a ' +
        'section, and "### " a sub-section; the address of a section (#…) comes from its English heading.',
    ],
  },
  zh: {
    notes: [
      'zh.md: the Simplified Chinese translation of en.md beside it. Replace every value below that says',
      '"替换", keeping the quotes around it (inside them, use “curly” quotes). Lines starting with # are',
      'notes for you; they never show on the site. The text below the frontmatter must line up with en.md:',
      "the same headings at the same levels, and one paragraph (or list, quote, table) for each of the",
      "original's, in the same order.",
    ],
    title: '替换为中文标题',
    description: '替换为一句话，说明文章的内容。',
    publisher: '替换为发布者的名称（与 en.md 相同）',
    body: ['替换为译文的第一段。段与段之间空一行。', '## 替换为第一节的标题', '替换为这一节的第一段。'],
  },
};

const PLACEHOLDER_URL = 'https://example.org/replace-with-the-address-of-the-original/';

/** Every text a new file holds for the editor to replace: field values, body paragraphs and headings. */
const placeholders = [
  PLACEHOLDER_URL,
  ...Object.values(text).flatMap(({ title, description, publisher, body }) => [
    title,
    description,
    publisher,
    ...body.map((block) => block.replace(/^#+ /, '')),
  ]),
];

/**
 * The placeholder of a new file that a text still holds, if any.
 * @example placeholderIn('## Replace with the heading of the first section') // 'Replace with the heading of the first section'
 */
export function placeholderIn(value: string): string | undefined {
  return placeholders.find((placeholder) => value.includes(placeholder));
}

/** A string as a YAML value: double-quoted, which JSON's escaping also is. */
const quoted = (value: string) => JSON.stringify(value);

/** The fields an original and its translation share: what the article is and where it comes from. */
function sharedFields(locale: WrittenLocale, published: Date): Field[] {
  const words = text[locale];
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
  const { notes, body } = text[locale];
  return ['---', ...notes.map((line) => `# ${line}`), '', ...yaml(fields), '---', '', body.join('\n\n'), ''].join('\n');
}
