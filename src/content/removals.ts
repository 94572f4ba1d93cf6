/** One thing the sanitiser removed from an article's HTML. */
export interface Removal {
  /** The line of the Markdown file, when known. */
  line: number | undefined;
  /** What was removed: `the onclick attribute of <a> “here”`. */
  what: string;
}

/**
 * The message for one removal, naming the file and the line: the build warns with it, and
 * `npm run check` (so `npm run build`) fails with it.
 * @example removalMessage('a/en.md', { line: 3, what: '<script> with its content' }) // 'a/en.md:3: raw HTML the site does not publish, removed from the page: <script> with its content. …'
 */
export function removalMessage(file: string, { line, what }: Removal): string {
  return (
    `${file}${line ? `:${line}` : ''}: raw HTML the site does not publish, removed from the page: ${what}. ` +
    'Remove it; README’s “Raw HTML in articles” lists what an article may use.'
  );
}
