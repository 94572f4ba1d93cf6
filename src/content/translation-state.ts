/** Where a translation stands against its original. */
export type TranslationState =
  | { state: 'missing' }
  | { state: 'current' }
  /** The original changed after the stamp; `sections` are those that changed, when the stamped version is known. */
  | { state: 'stale'; sections: string[] | undefined }
  | { state: 'mismatch'; message: string };

/** One line of the translations report. */
export function describeState(slug: string, locale: string, s: TranslationState): string {
  const head = `${slug} ${locale}`;
  switch (s.state) {
    case 'missing':
      return `${head}: missing`;
    case 'current':
      return `${head}: current`;
    case 'stale':
      return `${head}: stale, ${s.sections ? `changed since the stamp: ${s.sections.join('; ') || '(only whitespace)'}` : 'the stamped version of the original is not in the history'}`;
    case 'mismatch':
      return `${head}: structure mismatch: ${s.message}`;
  }
}
