import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { ContentFileError, showErrorsInDev, throwIfBroken } from '../../src/lib/dev-content-errors.ts';

const article = { title: 'A title' };
const yamlError = Object.assign(new Error('missed comma between flow collection entries'), {
  loc: { file: '/site/content/a/en.md', line: 2, column: 7 },
});

/** A context like Astro's: parseData wants a title; the entry type cannot read a `[`. */
function fakeContext(dev: boolean) {
  const md: ContentEntryType = {
    extensions: ['.md'],
    getEntryInfo({ contents }) {
      if (contents.includes('[')) throw yamlError;
      return { data: contents ? { title: contents } : {}, body: '', slug: '', rawData: '' };
    },
  };
  return {
    config: { root: new URL('file:///site/') },
    ...(dev ? { watcher: {} } : {}),
    entryTypes: new Map([['.md', md]]),
    async parseData({ data }: { data: Record<string, unknown> }) {
      if (!data['title']) throw new Error('**articles → a/en** data does not match collection schema.\n\n  **title**: Required');
      return data;
    },
  } as unknown as LoaderContext;
}

/** A loader that reads one file the way the glob loader does: entry info, then parseData. */
function fakeLoader(contents: string, results: unknown[]): Loader {
  return {
    name: 'fake',
    async load(context) {
      const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, ContentEntryType> };
      const fileUrl = new URL('file:///site/content/a/en.md');
      const { data } = await entryTypes.get('.md')!.getEntryInfo({ fileUrl, contents });
      results.push(await context.parseData({ id: 'a/en', data, filePath: '/site/content/a/en.md' }));
    },
  };
}

async function load(contents: string, dev: boolean): Promise<unknown> {
  const results: unknown[] = [];
  await showErrorsInDev(fakeLoader(contents, results)).load(fakeContext(dev));
  return results[0];
}

describe('showErrorsInDev', () => {
  it('returns a loader that reads a good file as usual', async () => {
    expect(await load('A title', true)).toEqual(article);
  });
  it('returns a loader that stores a file that does not fit the schema as its problem, in the dev server', async () => {
    const data = (await load('', true)) as object;
    expect(() => throwIfBroken(data)).toThrow(
      'content/a/en.md: articles → a/en data does not match collection schema.\n\n  title: Required',
    );
  });
  it('returns a loader that stores broken YAML as its problem, with the line, in the dev server', async () => {
    const data = (await load('title: [oops', true)) as object;
    expect(() => throwIfBroken(data)).toThrow('content/a/en.md:2: missed comma between flow collection entries');
  });
  it('returns a loader that throws as Astro does outside the dev server', async () => {
    await expect(load('', false)).rejects.toThrow(/title\*\*: Required/);
    await expect(load('title: [oops', false)).rejects.toBe(yamlError);
  });
});

describe('throwIfBroken', () => {
  it('returns for the data of a good file', () => {
    expect(throwIfBroken(article)).toBeUndefined();
  });
  it('throws the stored problem as an error with its place and a hint for the overlay', () => {
    const problem = { file: 'content/a/en.md', message: 'missed comma', line: 2, column: 7 };
    let error: unknown;
    try {
      throwIfBroken({ contentProblem: problem });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(ContentFileError);
    expect(error).toMatchObject({
      message: 'content/a/en.md:2: missed comma',
      loc: { file: 'content/a/en.md', line: 2, column: 7 },
      hint: 'Fix the file and save it: the page reloads by itself.',
    });
  });
});
