import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/content/schema.ts';

const valid = {
  title: 'A title',
  description: 'One sentence.',
  published: new Date('2025-08-22'),
  source: { url: 'https://example.org/a/', publisher: 'Example' },
};

function issues(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('articleSchema', () => {
  it('accepts an original and a translation with its notice', () => {
    expect(issues(valid)).toEqual([]);
    expect(issues({ ...valid, translationNotice: '本文为机器翻译。' })).toEqual([]);
  });
  it('accepts a date written as text', () => {
    expect(articleSchema.parse({ ...valid, published: '2025-08-22' }).published).toEqual(new Date('2025-08-22'));
  });
  it.each(['title', 'description', 'published', 'source'])('rejects a missing %s', (key) => {
    const { [key as keyof typeof valid]: _, ...rest } = valid;
    expect(issues(rest).join()).toMatch(new RegExp(`^${key}`));
  });
  it('rejects an empty title', () => {
    expect(issues({ ...valid, title: '  ' })).toHaveLength(1);
  });
  it.each(['last week', '', '2025-02-30', null, 20250822])('rejects the date %s, saying how to write one', (published) => {
    expect(issues({ ...valid, published })).toEqual(['published: must be the source’s publication date, written YYYY-MM-DD']);
  });
  it.each(['example.org/a', '/a/', 'ftp://example.org/a', 'javascript:alert(1)'])('rejects the source URL %s', (url) => {
    expect(issues({ ...valid, source: { ...valid.source, url } })[0]).toMatch(/^source\.url: must be an absolute http\(s\) URL/);
  });
  it('rejects unknown keys, at the top and in source', () => {
    expect(issues({ ...valid, tittle: 'x' })[0]).toMatch(/tittle/);
    expect(issues({ ...valid, source: { ...valid.source, author: 'x' } })[0]).toMatch(/^source: .*author/);
  });
});
