import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleTemplate, writtenLocales } from '../../../src/cli/new-article.ts';
import { articleSchema } from '../../../src/content/schema.ts';
import { placeholderIn } from '../../../src/content/template.ts';
import { sourceLocale } from '../../../src/i18n/locales.ts';

const published = new Date('2025-08-22');
const translations = writtenLocales.filter((l) => l !== sourceLocale);
/** The schema's fields that every file must have; the others are a translation's. */
const requiredKeys = Object.entries(articleSchema.shape)
  .filter(([, field]) => !field.safeParse(undefined).success)
  .map(([key]) => key);

describe('writtenLocales', () => {
  it('returns the languages but Traditional Chinese, which is converted', () => {
    expect(writtenLocales).toEqual(['en', 'zh']);
  });
});

describe('articleTemplate', () => {
  const parse = (source: string) => parseFrontmatter(source);

  it('returns an original with every field the schema requires, each placeholder valid', () => {
    const { frontmatter } = parse(articleTemplate(sourceLocale, published));
    expect(Object.keys(frontmatter).sort()).toEqual([...requiredKeys].sort());
    expect(articleSchema.parse(frontmatter).published).toEqual(published);
  });
  it.each(translations)('returns a %s translation with every field of the schema, each placeholder valid', (locale) => {
    const { frontmatter } = parse(articleTemplate(locale, published));
    expect(Object.keys(frontmatter).sort()).toEqual(Object.keys(articleSchema.shape).sort());
    expect(articleSchema.safeParse(frontmatter).error).toBeUndefined();
  });
  it.each(writtenLocales)('returns a %s file with a comment above every field', (locale) => {
    const { rawFrontmatter } = parse(articleTemplate(locale, published));
    const lines = rawFrontmatter.split('\n');
    const fields = lines.flatMap((line, i) => (/^\s*\w+:/.test(line) ? [i] : []));
    expect(fields.length).toBeGreaterThan(requiredKeys.length);
    for (const i of fields) expect(lines[i - 1], lines[i]).toMatch(/^\s*# \S/);
  });
  it('returns files whose bodies have the same structure in every language', () => {
    const shape = (locale: (typeof writtenLocales)[number]) =>
      parse(articleTemplate(locale, published))
        .content.trim()
        .split(/\n\n+/)
        .map((block) => /^#+ /.exec(block)?.[0] ?? 'p');
    for (const locale of translations) expect(shape(locale)).toEqual(shape(sourceLocale));
  });
});

describe('placeholderIn', () => {
  it.each(writtenLocales)('finds the placeholder of every field and block of a new %s file', (locale) => {
    const { frontmatter, content } = parseFrontmatter(articleTemplate(locale, published));
    const { title, description, source } = frontmatter as { title: string; description: string; source: { url: string; publisher: string } };
    for (const value of [title, description, source.url, source.publisher, ...content.trim().split(/\n\n+/)]) {
      expect(placeholderIn(value), value).toBeDefined();
    }
  });
  it('returns undefined for text of the editor’s own', () => {
    expect(placeholderIn('Replace the old name with the new one.')).toBeUndefined();
    expect(placeholderIn('将旧名称替换为新名称。')).toBeUndefined();
  });
});
