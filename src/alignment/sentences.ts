import { langTag, type Locale } from '../i18n/locales.ts';

/**
 * Sentences of a block's text, in English and in Chinese, as character ranges into the text
 * (the block's `text`: see pairing.ts), so that they can be found again in the block's HTML.
 *
 * Intl.Segmenter (Unicode's sentence rules, the same for every language, built into Node.js and
 * browsers) does the splitting. The npm splitters do no better on these texts: sentence-splitter
 * and sbd both end sentences at "Pakistan–U.S. Counterterrorism" and "Gregory D. LoGerfo", and
 * sentence-splitter puts a Chinese closing quote at the start of the next sentence. The rules
 * below fix what Intl.Segmenter gets wrong:
 * - an abbreviation, an initial or an ellipsis before a capital ("U.S. Department",
 *   "Gregory D. LoGerfo", "Mr. Smith", "e.g. China") does not end a sentence, unless the next word
 *   is one that usually starts one ("… in the U.S. The next day …");
 * - "?" or "!" before a lower-case word ("Yahoo! is") does not end one;
 * - "." right before a Chinese character ("他在U.S.工作") does not end one;
 * - an opening quote or bracket right after 。！？ belongs to the next sentence ("走了。“真的？”"
 *   splits before “, not after it);
 * - line breaks inside a block do not end one.
 * Decimals ("2.5"), a sentence's closing quotes and brackets (“走吧。”, （注意。）) and 。！？ in
 * Chinese, full-width or not, are Unicode's rules already.
 */

/** A range of a text: `text.slice(start, end)`, without white space at either end. */
export interface TextRange {
  start: number;
  end: number;
}

/** Abbreviations that end with a full stop, written without it; initials and dotted ones (U.S., e.g.) are found by their form. */
const ABBREVIATIONS = new Set([
  ...['Mr', 'Mrs', 'Ms', 'Mx', 'Dr', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Sgt', 'Maj', 'Adm', 'Gov', 'Sen', 'Rep'],
  ...['Rev', 'Hon', 'Amb', 'Pres', 'St', 'Mt', 'Ft', 'Jr', 'Sr', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'No', 'Nos'],
  ...['Art', 'Fig', 'Vol', 'pp', 'cf', 'vs', 'al', 'etc', 'approx', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug'],
  ...['Sep', 'Sept', 'Oct', 'Nov', 'Dec'],
]);

/** Words that usually start a sentence and seldom follow an abbreviation in one. */
const STARTERS = new Set([
  ...['A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I', 'You', 'His'],
  ...['Her', 'Their', 'Our', 'My', 'Your', 'There', 'Here', 'In', 'On', 'At', 'By', 'For', 'From', 'With', 'After'],
  ...['Before', 'During', 'Since', 'Until', 'As', 'If', 'When', 'While', 'Where', 'What', 'Why', 'How', 'Who'],
  ...['Which', 'Although', 'Though', 'Because', 'But', 'And', 'Or', 'So', 'Yet', 'However', 'Moreover'],
  ...['Meanwhile', 'Furthermore', 'Nevertheless', 'Also', 'Then', 'Thus', 'Still', 'Such', 'Both', 'Each', 'Every'],
  ...['All', 'Many', 'Most', 'Some', 'Not', 'Only', 'Even', 'Today', 'Now', 'Similarly', 'Instead', 'Indeed'],
]);

/** Line and paragraph separators: Unicode ends a sentence at each, a block's soft line breaks included. */
const LINE_BREAKS = /[\n\r\v\f\u0085\u2028\u2029]/g;
/** Opening quotes and brackets, which the sentence rules attach to the sentence before when no space follows it. */
const OPENERS = /[“‘「『（(\[《〈【〔«‹]+$/u;
/** Closing quotes and brackets after a sentence's last mark. */
const CLOSERS = `[\\p{Pe}\\p{Pf}"'”’」』]*`;
const ABBREVIATION_END = /(?:^|[^\p{L}.])([\p{L}.]*\p{L})\.$/u;
const ELLIPSIS_END = new RegExp(`(?:\\.\\.\\.|…)${CLOSERS}$`, 'u');
const QUESTION_END = new RegExp(`[?!]${CLOSERS}$`, 'u');
/** Where an ellipsis may end a sentence: Unicode's rules never break after "…". */
const AFTER_ELLIPSIS = new RegExp(`…${CLOSERS}\\s+(?=\\S)`, 'gu');
const FIRST_WORD = /^[\s"'“‘(\[«]*([\p{L}'’]+)/u;

const segmenters = new Map<Locale, Intl.Segmenter>();
function segmenter(locale: Locale): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(langTag(locale), { granularity: 'sentence' })));
  return s;
}

function isAbbreviation(head: string): boolean {
  const word = ABBREVIATION_END.exec(head)?.[1];
  if (!word) return false;
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}

/**
 * Whether the text before a break (`head`, white space trimmed) and after it (`next`) are one
 * sentence after all; `spaced` says whether white space separates them.
 */
function continues(head: string, next: string, spaced: boolean): boolean {
  if (QUESTION_END.test(head)) return /^\s*\p{Ll}/u.test(next);
  if (!spaced && head.endsWith('.') && /^\p{Script=Han}/u.test(next)) return true;
  if (!isAbbreviation(head) && !ELLIPSIS_END.test(head)) return false;
  const word = FIRST_WORD.exec(next)?.[1];
  return !word || !STARTERS.has(word);
}

/**
 * Splits a text into sentences; `breaks` are offsets at which a sentence must end (an editor's
 * marks). Returns each sentence's range, in order, without the white space between them.
 * @example splitSentences('Gregory D. LoGerfo spoke. 他说。', 'en') // [{ start: 0, end: 25 }, { start: 26, end: 29 }]
 */
export function splitSentences(text: string, locale: Locale, breaks: readonly number[] = []): TextRange[] {
  const flat = text.replace(LINE_BREAKS, ' ');
  const candidates = new Set<number>();
  for (const { index } of segmenter(locale).segment(flat)) if (index > 0) candidates.add(index);
  for (const match of flat.matchAll(AFTER_ELLIPSIS)) candidates.add(match.index + match[0].length);
  const forced = new Set(breaks.filter((b) => b > 0 && b < flat.length));

  const ends: number[] = [];
  let start = 0;
  for (const at of [...new Set([...candidates, ...forced])].sort((a, b) => a - b)) {
    if (forced.has(at)) {
      ends.push((start = at));
      continue;
    }
    // An opening mark glued to the end of a sentence belongs to the next one.
    const cut = at - (OPENERS.exec(flat.slice(start, at))?.[0].length ?? 0);
    const head = flat.slice(start, cut);
    if (!head.trim() || continues(head.trimEnd(), flat.slice(cut), head !== head.trimEnd())) continue;
    ends.push((start = cut));
  }
  ends.push(flat.length);

  const sentences: TextRange[] = [];
  let from = 0;
  for (const to of ends) {
    const piece = flat.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) sentences.push({ start: from + lead, end: from + piece.trimEnd().length });
    from = to;
  }
  return sentences;
}
