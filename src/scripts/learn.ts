/**
 * The learner's tools, loaded on the first use of an article's Learn control (tools.ts), on the
 * pages that show Chinese text. They fetch the article's learner's layer (`learn.json`, made at
 * build time: each block's words with their pinyin) and mark the Chinese words: pinyin over them
 * (ruby, on a switch), and each word a target that shows its pinyin and meanings, from the part of
 * the glossary (CC-CEDICT) that holds it, when tapped, pointed at or chosen with the keyboard (the words
 * are one stop in the tab order: the arrow keys move between them, Enter opens a word, Escape
 * closes it). In the bilingual views a switch veils the other language until the reader taps a
 * sentence. The open tools and the pinyin switch are remembered on this device. Pinyin is hidden
 * from assistive technology and left out of copied text: the characters are the text.
 */
import { DICTIONARY_URL } from '../learn/credit.ts';
import { glossaryPart, readingsOf, type Gloss } from '../learn/glossary.ts';
import { documentProperty, main, textNodes } from './dom.ts';
import { make, pageStrings, panel, toggle } from './dock.ts';
import { language } from './reading-order.ts';
import { BLOCKS, CONTROLS, groupElements, languageOf, sentenceAt, sentenceById, sentencesOf } from './sentence-dom.ts';
import { LEARN_KEY, PINYIN_KEY, recall, remember } from './storage.ts';

/** The learner's layer of an article in one Chinese edition (src/learn/), and its glossary's folder. */
interface LearnerLayer {
  glossary: string;
  blocks: Record<string, (string | [word: string, pinyin: string])[]>;
}

const t = pageStrings();
const root = documentProperty('documentElement');
const control = main!.querySelector<HTMLButtonElement>(':scope > article > .title-block [data-learn]')!;
const bilingual = !!main!.querySelector(':scope > article > .pairs');
const pageLanguage = language(root.lang);
const SKIP = `${CONTROLS}, rt, .peek-text`;
let layer: LearnerLayer | undefined;
/** The glossary's parts fetched, or being fetched, by number; one that failed is fetched again next time. */
const parts = new Map<number, Promise<Record<string, string>>>();

/** A word's readings in the glossary (empty when the dictionary lacks it), from the part that holds it. */
function readingsOfWord(word: string): Promise<Gloss[]> {
  const n = glossaryPart(word);
  let part = parts.get(n);
  if (!part) {
    part = fetch(new URL(`${n}.json`, new URL(layer!.glossary, location.href))).then((response) =>
      response.ok ? (response.json() as Promise<Record<string, string>>) : Promise.reject(new Error(String(response.status))),
    );
    parts.set(n, part);
    part.catch(() => parts.delete(n));
  }
  return part.then((words) => (Object.hasOwn(words, word) ? readingsOf(words[word]!) : []));
}

/** A word as ruby: each character over its syllable; the syllables are not read or copied. */
function ruby(word: string, syllables: string[]): HTMLElement {
  const el = make('ruby', 'w');
  el.dataset['w'] = word;
  el.tabIndex = -1;
  Array.from(word).forEach((char, i) => {
    const rt = make('rt', '', syllables[i] ?? '');
    rt.ariaHidden = 'true';
    el.append(char, rt);
  });
  return el;
}

/** The Chinese text nodes of a block, in order, without the page's controls. */
const chineseText = (block: HTMLElement) => textNodes(block, SKIP).filter((node) => language(languageOf(node.parentElement!)) === 'zh');

/**
 * Marks a block's words from its segments, which spell its Chinese text: each text node is
 * replaced by its words and the text between them (a word split by an element, as a link,
 * becomes two). Where the page's text and the layer's differ, the rest of the block stays plain.
 */
function markWords(block: HTMLElement, segments: LearnerLayer['blocks'][string]): void {
  let at = 0;
  let offset = 0;
  for (const node of chineseText(block)) {
    let rest = node.data;
    const parts: (string | HTMLElement)[] = [];
    while (rest && at < segments.length) {
      const segment = segments[at]!;
      const [text, pinyin] = typeof segment === 'string' ? [segment] : segment;
      const chars = Array.from(text).slice(offset);
      const piece = chars.join('');
      const taken = rest.startsWith(piece) ? chars : piece.startsWith(rest) ? Array.from(rest) : undefined;
      if (!taken) return;
      const part = taken.join('');
      parts.push(pinyin === undefined ? part : ruby(part, pinyin.split(' ').slice(offset, offset + taken.length)));
      rest = rest.slice(part.length);
      offset += taken.length;
      if (offset === Array.from(text).length) [at, offset] = [at + 1, 0];
    }
    if (rest) return;
    node.replaceWith(...parts);
  }
}

function markAll(data: LearnerLayer): void {
  for (const [id, segments] of Object.entries(data.blocks)) {
    const found = sentenceById(id);
    if (found) markWords(found.block, segments);
  }
  const words = [...main!.querySelectorAll<HTMLElement>('.w')];
  if (words[0]) words[0].tabIndex = 0;
}

// The word card: a word's pinyin and meanings, under the word.
const card = make('div', 'word-card');
card.id = 'word-card';
card.role = 'dialog';
card.tabIndex = -1;
card.hidden = true;
main!.append(card);
let shown: HTMLElement | undefined;
/** The word last asked for: its card shows when its glossary part has come, unless another word was asked for meanwhile. */
let asked: HTMLElement | undefined;

async function showWord(word: HTMLElement, focus: boolean): Promise<void> {
  const text = word.dataset['w']!;
  asked = word;
  const glosses = await readingsOfWord(text).catch(() => undefined);
  if (asked !== word) return;
  const heading = make('p', 'word', text);
  heading.lang = languageOf(word);
  card.replaceChildren(heading);
  card.ariaLabel = text;
  if (!glosses) card.append(make('p', 'gloss', t('learn.failed')));
  else if (!glosses.length) card.append(make('p', 'gloss', t('learn.notFound')));
  for (const [pinyin, english] of glosses ?? []) {
    const entry = make('p', 'gloss');
    const sound = make('span', 'pinyin', pinyin);
    const meaning = make('span', '', english);
    meaning.lang = 'en';
    entry.append(sound, ' ', meaning);
    card.append(entry);
  }
  card.hidden = false;
  const r = word.getBoundingClientRect();
  const width = Math.min(card.offsetWidth, innerWidth - 16);
  card.style.left = `${Math.max(8, Math.min(r.left + scrollX, scrollX + innerWidth - width - 8))}px`;
  // Under the word, or over it where the dock or the screen's end would hide it.
  const dockTop = main!.querySelector(':scope > .dock')?.getBoundingClientRect().top ?? innerHeight;
  const below = r.bottom + 6 + card.offsetHeight <= Math.min(dockTop, innerHeight);
  card.style.top = `${(below ? r.bottom + 6 : r.top - 6 - card.offsetHeight) + scrollY}px`;
  shown?.removeAttribute('aria-describedby');
  shown = word;
  word.setAttribute('aria-describedby', card.id);
  if (focus) card.focus();
}

function hideWord(refocus: boolean): void {
  asked = undefined;
  if (card.hidden) return;
  card.hidden = true;
  shown?.removeAttribute('aria-describedby');
  if (refocus) shown?.focus();
}

const wordAt = (node: EventTarget | null) => (root.dataset['learning'] !== undefined && node instanceof Element ? node.closest<HTMLElement>('.w') : null);

main!.addEventListener('click', (event) => {
  const word = wordAt(event.target);
  if (word) void showWord(word, false);
  else if (!card.contains(event.target as Node)) hideWord(false);
  // Veiled: a tapped sentence shows its counterpart (and itself).
  const s = root.dataset['veiled'] !== undefined ? sentenceAt(event.target as Node) : undefined;
  if (s) for (const el of groupElements(s.block, s.n)) el.classList.remove('veiled');
});
main!.addEventListener('pointerover', (event) => {
  const word = event.pointerType === 'mouse' ? wordAt(event.target) : null;
  if (word && word !== shown && word !== asked) void showWord(word, false);
});
main!.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !card.hidden) {
    event.preventDefault();
    hideWord(true);
    return;
  }
  const word = wordAt(event.target);
  if (!word) return;
  const words = [...main!.querySelectorAll<HTMLElement>('.w')];
  const step = ({ ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 } as Record<string, number>)[event.key];
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    void showWord(word, true);
  } else if (step) {
    event.preventDefault();
    const next = words[words.indexOf(word) + step];
    if (!next) return;
    word.tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }
});
main!.addEventListener('copy', (event) => {
  const range = getSelection()?.rangeCount ? getSelection()!.getRangeAt(0) : undefined;
  const copied = range?.cloneContents();
  if (!copied?.querySelector('rt')) return;
  for (const rt of copied.querySelectorAll('rt')) rt.remove();
  event.clipboardData?.setData('text/plain', copied.textContent ?? '');
  event.preventDefault();
});

/** Veils, or unveils, the other language's sentences in the bilingual views. */
function veil(on: boolean): void {
  if (on) root.dataset['veiled'] = '';
  else delete root.dataset['veiled'];
  for (const el of main!.querySelectorAll('.veiled')) el.classList.remove('veiled');
  if (!on) return;
  for (const block of main!.querySelectorAll<HTMLElement>(BLOCKS)) {
    for (const s of sentencesOf(block)) {
      if (language(languageOf(s.el)) === pageLanguage) continue;
      for (const el of groupElements(block, s.n)) if (language(languageOf(el)) !== pageLanguage) el.classList.add('veiled');
    }
  }
}

function setPinyin(on: boolean): void {
  remember(PINYIN_KEY, on ? 'on' : 'off');
  if (on) root.dataset['pinyin'] = '';
  else delete root.dataset['pinyin'];
}

const tools = panel(control, 'learner', t('learn.label'), {
  opened: () => {
    root.dataset['learning'] = '';
    remember(LEARN_KEY, 'open');
  },
  closed: () => {
    delete root.dataset['learning'];
    remember(LEARN_KEY, 'closed');
    hideWord(false);
    veil(false);
  },
});
const note = make('p', 'panel-note', t('learn.hint'));
note.role = 'status';
const credit = make('a', 'credit', t('learn.credit'));
credit.href = DICTIONARY_URL;
const row = make('div', 'player-row');
row.append(toggle(t('learn.pinyin'), recall(PINYIN_KEY) !== 'off', setPinyin));
if (bilingual) row.append(toggle(t('learn.blur'), false, veil));
const close = make('button', 'player-button close');
close.ariaLabel = t('learn.close');
close.textContent = '×';
close.addEventListener('click', () => tools.close());
row.append(close);
tools.section.append(row, note, credit);

setPinyin(recall(PINYIN_KEY) !== 'off');
tools.open();
fetch(control.dataset['learn']!)
  .then((response) => (response.ok ? (response.json() as Promise<LearnerLayer>) : Promise.reject(new Error(String(response.status)))))
  .then((data) => {
    layer = data;
    markAll(data);
  })
  .catch(() => (note.textContent = t('learn.failed')));
