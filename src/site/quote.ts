import { shareUrl } from './share.ts';

/**
 * The link to a quote: the page's address with the quoted sentence group's id as its fragment,
 * which the page's script scrolls to and lights, followed by a text directive (`:~:text=`) that
 * browsers with text fragments scroll to and mark themselves. A long quote is given by its start
 * and end, as the directive allows.
 */

/** A quote longer than this is given by its start and end. */
const LONG = 120;

/** Text in a directive: percent-encoded, with its delimiters `-`, `,` and `&` too. */
const encode = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D');

/**
 * A text directive's value for a quote, white space collapsed.
 * @example textDirective('cooperation, trust') // 'cooperation%2C%20trust'
 */
export function textDirective(quote: string): string {
  const text = quote.trim().replace(/\s+/g, ' ');
  if (text.length <= LONG) return encode(text);
  // The first and last words (four of them; ten characters of Chinese, which has no spaces).
  const words = text.split(' ');
  if (words.length >= 8) return `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}`;
  return `${encode(text.slice(0, 10))},${encode(text.slice(-10))}`;
}

const LETTER = /[\p{L}\p{N}]/u;

/**
 * A selection of a text, from `start` to `end`, widened to whole words where it cuts one, as
 * text directives match whole words only. Chinese, which has no spaces, is left as selected.
 * @example wholeWords('No nation is immune', 4, 14) // 'nation is immune'
 */
export function wholeWords(text: string, start: number, end: number): string {
  const latin = (i: number) => LETTER.test(text[i] ?? '') && !/\p{Script=Han}/u.test(text[i]!);
  while (start > 0 && latin(start) && latin(start - 1)) start--;
  while (end < text.length && latin(end - 1) && latin(end)) end++;
  return text.slice(start, end);
}

/**
 * @example quoteUrl('https://example.org/en/a/?x=1#old', 'intro-p1-s2', 'Two words') // 'https://example.org/en/a/#intro-p1-s2:~:text=Two%20words'
 */
export function quoteUrl(pageUrl: string, id: string, quote: string): string {
  return shareUrl(pageUrl, `#${encodeURIComponent(id)}:~:text=${textDirective(quote)}`);
}
