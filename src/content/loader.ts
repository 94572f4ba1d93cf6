/**
 * The article collection's loader, made to report a broken file (not UTF-8, broken frontmatter)
 * with its place: in builds as an error, in the dev server on the page that reads it.
 */
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { ContentFileError, type ContentProblem } from './file-error.ts';
import { decodeUtf8 } from './utf8.ts';

/** The key a broken file's entry holds its problem under; the schema's strict keys never clash with it. */
const KEY = 'contentProblem';

/**
 * Throws the problem a broken file's entry holds in the dev server (see `showErrorsInDev`);
 * does nothing for an entry read and checked as usual.
 */
export function throwIfBroken(data: object): void {
  if (KEY in data) throw new ContentFileError(data[KEY] as ContentProblem);
}

/** The glob loader's context: it also takes the entry types that parse each file's frontmatter. */
type FileLoaderContext = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/**
 * The problem an error from Astro's loader describes: its message, without the Markdown bold the
 * terminal shows, and for broken YAML the line.
 */
function problemOf(error: unknown, file: string): ContentProblem {
  if (error instanceof ContentFileError) return error.problem;
  const { message, loc } = error as { message: string; loc?: { line?: number; column?: number } };
  const plain = message.replaceAll('**', '');
  return { file, message: plain, ...(loc?.line ? { line: loc.line, column: loc.column ?? 0 } : {}) };
}

/** Each entry type, its way of reading a file's frontmatter wrapped. */
function wrapEntryTypes(
  entryTypes: Map<string, ContentEntryType>,
  wrap: (getEntryInfo: ContentEntryType['getEntryInfo']) => ContentEntryType['getEntryInfo'],
): Map<string, ContentEntryType> {
  return new Map([...entryTypes].map(([extension, type]) => [extension, { ...type, getEntryInfo: wrap(type.getEntryInfo.bind(type)) }]));
}

/** An article file's path as messages show it: relative to the project. */
function shown(context: LoaderContext, path: string): string {
  return relative(fileURLToPath(context.config.root), path).replaceAll('\\', '/');
}

/**
 * Starts from an empty store when its entries were read from another content folder. The dev
 * server keeps one store for the project (`.astro/data-store/`), whatever `CONTENT_DIR` says,
 * and Astro's glob loader keeps an entry whose text did not change with the path it was read
 * from: after a run on another folder (a copy since deleted), an article's entries would point at
 * files that are gone. The folder is kept in the collection's meta store, beside the entries.
 */
export function ownFolder(loader: Loader, folder: string): Loader {
  return {
    ...loader,
    load(context) {
      if (context.meta.get('folder') !== folder) {
        context.store.clear();
        context.meta.set('folder', folder);
      }
      return loader.load(context);
    },
  };
}

/**
 * Refuses article files that are not UTF-8, naming the file and the line, in builds and in the dev
 * server alike: `utf8Only(showErrorsInDev(loader))` shows the problem in the browser. Astro's glob
 * loader reads every file as UTF-8 and puts “�” for what is not: such text is read again, as
 * bytes, and decoded strictly.
 */
export function utf8Only(loader: Loader): Loader {
  return {
    ...loader,
    load(context: FileLoaderContext) {
      if (!context.entryTypes) return loader.load(context);
      const entryTypes = wrapEntryTypes(context.entryTypes, (getEntryInfo) => async (params) => {
        const decoded = params.contents.includes('\uFFFD') ? decodeUtf8(await readFile(params.fileUrl)) : params.contents;
        if (typeof decoded === 'string') return getEntryInfo(params);
        const problem = { file: shown(context, fileURLToPath(params.fileUrl)), ...decoded };
        throw new ContentFileError(problem, context.watcher ? undefined : 'Fix the file, then build again.');
      });
      return loader.load({ ...context, entryTypes } as FileLoaderContext);
    },
  };
}

/**
 * Leaves the rendering of article files to the pairing of their article (site/article.ts, which
 * keeps the result between builds): Astro's glob loader then stores each file's frontmatter, not
 * its HTML. The dev server writes its whole store again after each change, and a store of every
 * file's HTML and Markdown took a minute to show an edit at 10,000 pairs.
 */
export function unrendered(loader: Loader): Loader {
  return {
    ...loader,
    load(context: FileLoaderContext) {
      if (!context.entryTypes) return loader.load(context);
      const entryTypes = new Map([...context.entryTypes].map(([extension, { getRenderFunction, ...type }]) => [extension, type]));
      return loader.load({ ...context, entryTypes } as FileLoaderContext);
    },
  };
}

/**
 * Keeps the dev server running, and telling, when an article file is broken.
 *
 * On its own, Astro's glob loader stops the dev server when a file has broken YAML or does not
 * fit the schema as it starts, and when one breaks later it logs the error in the terminal and
 * keeps serving the file's last good version. In the dev server (the context has a watcher), this
 * stores the problem as the entry's data instead, so that the pages throw it (`throwIfBroken`), the
 * browser shows it in Astro's error overlay, and fixing the file brings the page back. Builds and
 * `astro check` are unchanged: they stop at the first broken file.
 */
export function showErrorsInDev(loader: Loader): Loader {
  return { ...loader, load: (context) => loader.load(context.watcher ? keepGoing(context) : context) };
}

function keepGoing(context: FileLoaderContext): FileLoaderContext {
  /** Files whose frontmatter could not be read, until their data is parsed. */
  const unreadable = new Map<string, ContentProblem>();
  const entryTypes =
    context.entryTypes &&
    wrapEntryTypes(context.entryTypes, (getEntryInfo) => async (params) => {
      try {
        return await getEntryInfo(params);
      } catch (error) {
        const path = fileURLToPath(params.fileUrl);
        unreadable.set(path, problemOf(error, shown(context, path)));
        return { data: {}, body: '', slug: '', rawData: '' };
      }
    });
  return {
    ...context,
    ...(entryTypes ? { entryTypes } : {}),
    async parseData(props) {
      const path = props.filePath ?? props.id;
      let problem = unreadable.get(path);
      unreadable.delete(path);
      if (!problem) {
        try {
          return await context.parseData(props);
        } catch (error) {
          problem = problemOf(error, shown(context, path));
        }
      }
      // Not the schema's type: throwIfBroken turns it into the error before any page reads it.
      return { [KEY]: problem } as unknown as typeof props.data;
    },
  };
}
