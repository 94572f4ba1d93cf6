import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentFileError } from '../../../src/content/file-error.ts';
import { ownFolder, showErrorsInDev, throwIfBroken, unrendered, utf8Only } from '../../../src/content/loader.ts';
import { contentFixture, removeTemporaryFolders } from '../../helpers.ts';

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

describe('unrendered', () => {
  it('gives the inner loader the entry types without their render function, which read frontmatter as before', async () => {
    const md: ContentEntryType = {
      extensions: ['.md'],
      getEntryInfo: ({ contents }) => ({ data: { title: contents }, body: contents, slug: '', rawData: '' }),
      getRenderFunction: async () => async () => ({ html: '<p>rendered</p>' }),
    };
    let seen: ContentEntryType | undefined;
    const inner: Loader = { name: 'inner', load: async (context) => void (seen = (context as LoaderContext & { entryTypes: Map<string, ContentEntryType> }).entryTypes.get('.md')) };
    await unrendered(inner).load({ entryTypes: new Map([['.md', md]]) } as unknown as LoaderContext);
    expect(seen?.getRenderFunction).toBeUndefined();
    expect(await seen?.getEntryInfo({ fileUrl: new URL('file:///a/en.md'), contents: 'A title' })).toMatchObject({ data: { title: 'A title' } });
    // The collection's own entry type keeps its render function.
    expect(md.getRenderFunction).toBeDefined();
  });
});

describe('ownFolder', () => {
  /** A store and meta store as the dev server keeps them between runs; the inner loader sees the store's size. */
  function run(store: Map<string, string>, meta: Map<string, string>, folder: string): number {
    let seen = -1;
    const inner: Loader = { name: 'inner', load: async (context) => void (seen = (context.store as unknown as Map<string, string>).size) };
    void ownFolder(inner, folder).load({ store, meta } as unknown as LoaderContext);
    return seen;
  }
  it('keeps the entries read from the same folder', () => {
    const meta = new Map([['folder', '/site/content']]);
    expect(run(new Map([['a/en', 'entry']]), meta, '/site/content')).toBe(1);
  });
  it('drops the entries read from another folder, and the first time, and remembers the folder', () => {
    const meta = new Map([['folder', '/tmp/copy-1/articles']]);
    expect(run(new Map([['a/en', 'stale']]), meta, '/tmp/copy-2/articles')).toBe(0);
    expect(meta.get('folder')).toBe('/tmp/copy-2/articles');
    expect(run(new Map([['a/en', 'stale']]), new Map(), '/site/content')).toBe(0);
  });
});

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

describe('utf8Only', () => {
  afterAll(removeTemporaryFolders);
  /** A project with one article file: a title, then “中文” saved as GB18030 on line 3. */
  const root = contentFixture({});
  mkdirSync(join(root, 'content/a'), { recursive: true });
  writeFileSync(join(root, 'content/a/zh.md'), Buffer.concat([Buffer.from('title\n\n'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4])]));
  const fileUrl = pathToFileURL(join(root, 'content/a/zh.md'));
  /** The glob loader reads the file as UTF-8, with “�” for what is not. */
  const contents = 'title\n\n\uFFFD\uFFFD';

  function reading(results: unknown[]): Loader {
    return {
      name: 'fake',
      async load(context) {
        const { entryTypes } = context as LoaderContext & { entryTypes: Map<string, ContentEntryType> };
        const { data } = await entryTypes.get('.md')!.getEntryInfo({ fileUrl, contents });
        results.push(await context.parseData({ id: 'a/zh', data, filePath: fileUrl.pathname }));
      },
    };
  }
  const context = (dev: boolean) => ({ ...fakeContext(dev), config: { root: pathToFileURL(`${root}/`) } }) as unknown as LoaderContext;
  const message = /^content\/a\/zh\.md:3: the file is not UTF-8 text .*Save it as UTF-8/;

  it('returns a loader that refuses a file that is not UTF-8, naming the file and the line', async () => {
    const error = await utf8Only(reading([])).load(context(false)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(ContentFileError);
    expect((error as Error).message).toMatch(message);
  });
  it('returns a loader whose refusal the dev server shows as the file’s problem', async () => {
    const results: unknown[] = [];
    await utf8Only(showErrorsInDev(reading(results))).load(context(true));
    expect(() => throwIfBroken(results[0] as object)).toThrow(message);
  });
  it('returns a loader that reads a UTF-8 file with a written “�” as usual', async () => {
    writeFileSync(join(root, 'content/a/zh.md'), contents);
    const results: unknown[] = [];
    await utf8Only(reading(results)).load(context(false));
    expect(results).toEqual([{ title: contents }]);
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
