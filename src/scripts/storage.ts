/** localStorage keys: the reader's chosen interface language and view (`single` or `bilingual`). */
export const LOCALE_KEY = 'locale';
export const VIEW_KEY = 'view';

/** Reads a remembered value; storage can be off (private mode), and then nothing is remembered. */
export function recall(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Nothing to do: the choice still works, it is just not remembered.
  }
}
