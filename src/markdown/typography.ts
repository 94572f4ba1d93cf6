/**
 * Chinese punctuation: text that reached us with ASCII marks between Chinese characters gets the
 * full-width marks Chinese typesetting uses. Only marks after a Chinese character, or right before
 * one, change (and a bracket's pair with it); Latin runs, numbers, URLs and code keep ASCII.
 */

const FULL_WIDTH: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };

/** Han ideographs, CJK punctuation and full-width forms. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const URL = /\b(?:https?:\/\/|www\.)\S+/gu;

/** State carried from one text node to the next within a block, so marks after inline markup still see the Chinese before them. */
export interface PunctuationState {
  /** The last character that is not white space. */
  previous: string;
  /** For each open `(`, whether it was made full-width (so its `)` follows it). */
  brackets: boolean[];
}

export const freshState = (): PunctuationState => ({ previous: '', brackets: [] });

const MARKS = /[,:;?!()]/g;

function nextVisible(text: string, from: number): string {
  return text.slice(from).trimStart().charAt(0);
}

/** Converts the marks of a text without URLs; only the marks are looked at, not every character. */
function convertRun(text: string, state: PunctuationState): string {
  let out = '';
  let from = 0;
  for (const { index: i, 0: ch } of text.matchAll(MARKS)) {
    const before = text.slice(from, i);
    const visible = before.trimEnd();
    if (visible) state.previous = visible.at(-1)!;
    let mark = ch;
    if (ch === '(') {
      const full = CJK.test(state.previous) || CJK.test(nextVisible(text, i + 1));
      state.brackets.push(full);
      if (full) mark = FULL_WIDTH[ch]!;
    } else if (ch === ')') {
      if (state.brackets.pop()) mark = FULL_WIDTH[ch]!;
    } else if (CJK.test(state.previous) || CJK.test(text.charAt(i + 1))) {
      mark = FULL_WIDTH[ch]!;
    }
    out += before + mark;
    state.previous = mark;
    from = i + 1;
  }
  const rest = text.slice(from);
  const visible = rest.trimEnd();
  if (visible) state.previous = visible.at(-1)!;
  return out + rest;
}

/**
 * Converts ASCII punctuation in Chinese context to full-width, leaving URLs untouched.
 * @example fullWidthPunctuation('威胁,威胁着世界(FATF)') // '威胁，威胁着世界（FATF）'
 */
export function fullWidthPunctuation(text: string, state: PunctuationState = freshState()): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(URL)) {
    out += convertRun(text.slice(last, match.index), state) + match[0];
    state.previous = match[0].at(-1)!;
    last = match.index + match[0].length;
  }
  return out + convertRun(text.slice(last), state);
}
