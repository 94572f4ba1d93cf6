import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';

/** What is wrong with an article file, and where: the file relative to the project, 1-based line. */
export interface ContentProblem {
  file: string;
  message: string;
  line?: number;
  column?: number;
}

/** An article file the dev server could not take in; Astro's overlay shows its place and hint. */
export class ContentFileError extends Error {
  override name = 'ContentFileError';
  readonly hint = 'Fix the file and save it: the page reloads by itself.';
  readonly loc: { file: string; line?: number; column?: number };

  constructor({ file, message, line, column }: ContentProblem) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.loc = { file, ...(line ? { line, column: column ?? 0 } : {}) };
  }
}

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
  const { message, loc } = error as { message: string; loc?: { line?: number; column?: number } };
  const plain = message.replaceAll('**', '');
  return { file, message: plain, ...(loc?.line ? { line: loc.line, column: loc.column ?? 0 } : {}) };
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
  const root = fileURLToPath(context.config.root);
  const shown = (path: string) => relative(root, path).replaceAll('\\', '/');
  /** Files whose frontmatter could not be read, until their data is parsed. */
  const unreadable = new Map<string, ContentProblem>();
  const entryTypes =
    context.entryTypes &&
    new Map(
      [...context.entryTypes].map(([extension, type]) => [
        extension,
        {
          ...type,
          async getEntryInfo(params: { fileUrl: URL; contents: string }) {
            try {
              return await type.getEntryInfo(params);
            } catch (error) {
              const path = fileURLToPath(params.fileUrl);
              unreadable.set(path, problemOf(error, shown(path)));
              return { data: {}, body: '', slug: '', rawData: '' };
            }
          },
        },
      ]),
    );
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
          problem = problemOf(error, shown(path));
        }
      }
      // Not the schema's type: throwIfBroken turns it into the error before any page reads it.
      return { [KEY]: problem } as unknown as typeof props.data;
    },
  };
}
