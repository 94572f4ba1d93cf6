/** What is wrong with an article file, and where: the file relative to the project, 1-based line. */
export interface ContentProblem {
  file: string;
  message: string;
  line?: number;
  column?: number;
}

/** An article file that could not be taken in; in the dev server, Astro's overlay shows its place and hint. */
export class ContentFileError extends Error {
  override name = 'ContentFileError';
  readonly loc: { file: string; line?: number; column?: number };

  constructor(
    readonly problem: ContentProblem,
    readonly hint = 'Fix the file and save it: the page reloads by itself.',
  ) {
    const { file, message, line, column } = problem;
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.loc = { file, ...(line ? { line, column: column ?? 0 } : {}) };
  }
}
