/**
 * Random article files for property tests (fast-check): frontmatter and Markdown with any
 * characters, weighted towards those that trip parsers.
 */
import fc from 'fast-check';

/** Characters that mean something to a regular expression, YAML, Markdown or HTML, line breaks, and text from other scripts. */
const tricky = fc.constantFrom(
  ...'()[]{}*+?.\\^$|:#-!&%@`~\'"<>=_/,;',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '🚀',
  '中',
  '文',
  'é',
  'א',
  '\u200b',
  '\u0000',
  '\ud800',
  'a',
  'Z',
  '7',
);

/** Any text up to `maxLength` characters: tricky ones, or any UTF-16 code unit. */
export const anyText = (maxLength = 20) =>
  fc.string({ unit: fc.oneof({ weight: 3, arbitrary: tricky }, { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) }), maxLength });

const fieldName = fc.oneof(
  fc.constantFrom('title', 'description', 'published', 'source', 'url', 'publisher', 'translationNotice', 'originalHash', 'c++', '(', '[x]', '? a', '- b', '<<'),
  anyText(10),
);
const fieldValue = fc.oneof(
  anyText(),
  fc.constantFrom('2025-08-22', '2999-01-01', '2025-13-45', '', '""', "''", 'null', '~', '[', '{', '|', '>-', '&a x', '*a', '!!binary x', '!!str', 'https://example.org/a/', '"https://example.org/a/"', '[1, 2]', '{a: 1}'),
  fc.integer().map(String),
);

/** Frontmatter text (between the `---` lines): `key: value` lines at any indentation, or any text at all. */
export const frontmatter = fc.oneof(
  fc.array(fc.tuple(fc.nat(4), fieldName, fieldValue).map(([indent, key, value]) => `${' '.repeat(indent)}${key}: ${value}`), { maxLength: 10 }).map((lines) => lines.join('\n')),
  anyText(80),
);

/** A title, description or publisher that the schema takes: any characters, in double quotes, with something besides spaces. */
export const quotedText = anyText(40)
  .filter((text) => text.trim().length > 0)
  .map((text) => JSON.stringify(text));

/** Frontmatter that fits the schema, with any characters in its texts, dated `published`. */
export const validFrontmatter = (published: string) =>
  fc
    .tuple(quotedText, quotedText, quotedText)
    .map(([title, description, publisher]) =>
      [`title: ${title}`, `description: ${description}`, `published: ${published}`, 'source:', '  url: "https://example.org/a/"', `  publisher: ${publisher}`].join('\n'),
    );

const inline = fc.oneof(
  { weight: 3, arbitrary: anyText() },
  {
    weight: 1,
    arbitrary: fc.constantFrom('**b**', '*i*', '`c`', '~~s~~', '[a](https://example.org/)', '![i](https://example.org/i.png)', '<span lang="en">x</span>', '<b>', '&amp;', '&#128640;', '\\', '[^1]', 'https://example.org'),
  },
);
const line = fc.array(inline, { maxLength: 5 }).map((parts) => parts.join(' '));
const items = fc.array(line, { minLength: 1, maxLength: 4 });

/** A Markdown block: a paragraph, a heading, a list (nested or not), a table, code, a quote, a rule, or any text. */
const block = fc.oneof(
  line,
  fc.tuple(fc.integer({ min: 1, max: 6 }), line).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  fc.tuple(line, fc.constantFrom('===', '---')).map(([text, underline]) => `${text}\n${underline}`),
  items.map((list) => list.map((item) => `- ${item}`).join('\n')),
  fc.tuple(items, items).map(([outer, inner]) => outer.map((item, i) => `${i + 1}. ${item}${i ? '' : inner.map((sub) => `\n   - ${sub}`).join('')}`).join('\n')),
  fc.tuple(items, fc.array(items, { maxLength: 4 })).map(([head, rows]) =>
    [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n'),
  ),
  fc.tuple(anyText(5), anyText(40)).map(([info, code]) => `\`\`\`${info.replace(/[\n`]/g, '')}\n${code}\n\`\`\``),
  line.map((text) => `> ${text}`),
  fc.constant('---'),
  anyText(60),
);

/** A Markdown body: blocks with an empty line between them. */
export const markdown = fc.array(block, { maxLength: 8 }).map((blocks) => blocks.join('\n\n'));
