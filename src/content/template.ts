import type { WrittenLocale } from '../i18n/locales.ts';

/** A new file's words in its own language: notes at the top, placeholders that say they are ones. */
export interface TemplateText {
  notes: string[];
  title: string;
  description: string;
  publisher: string;
  body: string[];
}

/**
 * The words of a new article file (`npm run new`, cli/new-article.ts) in each written language:
 * placeholders that the content check refuses until the editor replaces them (`placeholderIn`).
 */
export const templateText: Record<WrittenLocale, TemplateText> = {
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

export const PLACEHOLDER_URL = 'https://example.org/replace-with-the-address-of-the-original/';

/** Every text a new file holds for the editor to replace: field values, body paragraphs and headings. */
const placeholders = [
  PLACEHOLDER_URL,
  ...Object.values(templateText).flatMap(({ title, description, publisher, body }) => [
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
