/** The localStorage key under which the reader's chosen language is remembered. */
export const LOCALE_KEY = 'locale';
