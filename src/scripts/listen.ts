/**
 * Read aloud: the player, loaded on the first use of an article's Listen control (tools.ts). It
 * speaks the article with the browser's own voices (speechSynthesis), one sentence group at a
 * time (Chrome stops an utterance after about 15 s; Chinese voices report no reliable word
 * boundaries), lighting the group it speaks and keeping it in view. It starts where the reader
 * is (place.ts), or at a sentence tapped while it plays, and goes on block after block. In the
 * bilingual views it reads each group in one language and then in the other. Its voice, per
 * language, and speed are remembered on this device; a language the device has no voice for
 * is said so, never read by another language's voice. Lock-screen and headset buttons work
 * through the Media Session API where the browser has it.
 */
import { documentProperty, main, textNodes } from './dom.ts';
import { make, pageStrings, panel } from './dock.ts';
import { place, target } from './place.ts';
import { language, readingOrder, type Part } from './reading-order.ts';
import { BLOCKS, CONTROLS, groupElements, languageOf, light, sentenceAt, sentencesOf } from './sentence-dom.ts';
import { ORDER_KEY, RATE_KEY, recall, remember, voiceKey } from './storage.ts';
import { pickVoice, RATES, rateOf, voicesFor } from './voices.ts';

const t = pageStrings();
const synth = window.speechSynthesis;
const control = main!.querySelector<HTMLButtonElement>(':scope > article > .title-block [data-listen]')!;

/** One thing the player says: a sentence group in one language, and the elements it lights. */
interface Item extends Part {
  lang: string;
  elements: HTMLElement[];
  text: string;
}

/** The text elements read as: without the page's controls, pinyin or note references. */
function textOf(elements: HTMLElement[]): string {
  const skip = `${CONTROLS}, rt, sup:has(> a[href^="#"])`;
  return elements
    .map((el) => textNodes(el, skip).map((node) => node.data).join(''))
    .join(' ')
    .trim();
}

/** The article's sentence groups in each language; a block without them (a list, a table) whole. */
function itemsOf(first: string): Item[] {
  const items: Item[] = [];
  [...main!.querySelectorAll<HTMLElement>(BLOCKS)].forEach((block, b) => {
    const groups = sentencesOf(block);
    const wholes = block.matches('.pair') ? [...block.querySelectorAll<HTMLElement>(':scope > .side')] : [block];
    const parts = groups.length
      ? groups.map((g) => ({ n: g.n, elements: groupElements(block, g.n).filter((el) => languageOf(el) === languageOf(g.el)) }))
      : wholes.map((el) => ({ n: 1, elements: [el] }));
    for (const { n, elements } of parts) {
      const lang = languageOf(elements[0]!);
      items.push({ block: b, n, language: language(lang), lang, elements, text: textOf(elements) });
    }
  });
  return readingOrder(items.filter((i) => i.text), first);
}

const tags = [...new Set(itemsOf('').map((i) => i.lang))];
const bilingual = new Set(tags.map(language)).size > 1;
let order = recall(ORDER_KEY) ?? 'en';
let items = itemsOf(order);
let rate = rateOf(recall(RATE_KEY));
let voices: SpeechSynthesisVoice[] = [];
let at = 0;
let playing = false;
/** The utterance now wanted: an older one's end (after a cancel) is ignored. */
let token = 0;
let keepAlive: ReturnType<typeof setInterval> | undefined;

const voiceFor = (tag: string) => pickVoice(voices, tag, recall(voiceKey(tag)));

// The player's controls.
const player = panel(control, 'player', t('listen.label'), { opened: () => start(), closed: () => pause() });
const icon = (path: string) => `<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true"><path d="${path}" fill="currentColor"/></svg>`;
const PLAY = 'M4 2.5v11l9.5-5.5z';
const PAUSE = 'M3.5 2.5h3v11h-3zm6 0h3v11h-3z';
const button = (label: string, path: string, action: () => void) => {
  const b = make('button', 'player-button');
  b.ariaLabel = label;
  b.innerHTML = icon(path);
  b.addEventListener('click', action);
  return b;
};
const previous = button(t('listen.previous'), 'M3 2.5h2v11H3zm2.5 5.5L13 2.5v11z', () => go(-1));
const play = button(t('listen.play'), PLAY, () => (playing ? pause() : speak(at)));
const next = button(t('listen.next'), 'M11 2.5h2v11h-2zM3 2.5l7.5 5.5L3 13.5z', () => go(1));
const close = button(t('listen.close'), 'M3.5 2.4 8 6.9l4.5-4.5 1.1 1.1L9.1 8l4.5 4.5-1.1 1.1L8 9.1l-4.5 4.5-1.1-1.1L6.9 8 2.4 3.5z', () => player.close());
const note = make('p', 'player-note');
note.role = 'status';

function select(label: string, options: [string, string][], value: string, change: (value: string) => void): HTMLLabelElement {
  const field = make('select');
  for (const [v, text] of options) field.append(new Option(text, v, false, v === value));
  field.addEventListener('change', () => change(field.value));
  const wrap = make('label', 'player-field', label);
  wrap.append(field);
  return wrap;
}

const speed = select(
  t('listen.speed'),
  RATES.map((r) => [String(r), `${r}×`]),
  String(rate),
  (v) => {
    rate = rateOf(v);
    remember(RATE_KEY, v);
    if (playing) speak(at);
  },
);
const fields = make('div', 'player-row');
fields.append(speed);
if (bilingual) {
  const orders: [string, string][] = [
    ['en', t('listen.order.en')],
    ['zh', t('listen.order.zh')],
  ];
  fields.append(
    select(t('listen.order'), orders, order, (v) => {
      const current = items[at];
      order = v;
      remember(ORDER_KEY, v);
      items = itemsOf(order);
      // The group being read is read again from its first language.
      const first = items.findIndex((i) => i.block === current?.block && i.n === current.n);
      if (playing) speak(Math.max(first, 0));
      else at = Math.max(first, 0);
    }),
  );
}
const buttons = make('div', 'player-row player-buttons');
buttons.append(previous, play, next, close);
player.section.append(buttons, fields, note);

/**
 * Shows the voices of each language the page reads, or says the device has none: once its voices
 * are known (they load asynchronously, several seconds on some systems) or have not come in time.
 */
let gaveUp = false;
function showVoices(): void {
  voices = synth.getVoices();
  for (const old of fields.querySelectorAll('[data-voice]')) old.remove();
  const missing: string[] = [];
  for (const tag of tags) {
    const own = voicesFor(voices, tag);
    const key = language(tag) === 'zh' ? 'zh' : 'en';
    if (!own.length) {
      missing.push(t(`listen.noVoice.${key}`));
      continue;
    }
    const options = own.map((v): [string, string] => [v.voiceURI, `${v.name} (${v.lang})`]);
    const field = select(t(`listen.voice.${key}`), options, voiceFor(tag)!.voiceURI, (v) => {
      remember(voiceKey(tag), v);
      if (playing) speak(at);
    });
    field.dataset['voice'] = tag;
    fields.append(field);
  }
  note.textContent = voices.length || gaveUp ? missing.join(' ') : '';
  const none = tags.every((tag) => !voiceFor(tag));
  for (const b of [previous, play, next]) b.disabled = none && (voices.length > 0 || gaveUp);
  if (waiting && voices.length) start();
}

/** Plays from where the reader is, once the device's voices are known. */
let waiting = false;
function start(): void {
  waiting = !voices.length;
  if (!waiting && !player.section.hidden) speak(here());
}

function setPlaying(on: boolean): void {
  playing = on;
  play.ariaLabel = t(on ? 'listen.pause' : 'listen.play');
  play.innerHTML = icon(on ? PAUSE : PLAY);
  if ('mediaSession' in navigator) navigator.mediaSession.playbackState = on ? 'playing' : 'paused';
  clearInterval(keepAlive);
}

/** Keeps an element in view without a jump: only when it is out of the reading area. */
function keepInView(el: HTMLElement): void {
  const r = el.getBoundingClientRect();
  const bottom = innerHeight - (player.section.parentElement?.getBoundingClientRect().height ?? 0);
  if (r.top >= 0 && r.bottom <= bottom) return;
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  el.scrollIntoView({ block: 'center', behavior: still ? 'instant' : 'smooth' });
}

/** Speaks the item at an index, and the next when it ends; past the last, stops. */
function speak(index: number): void {
  const mine = ++token;
  synth.cancel();
  // A language without a voice is skipped: the note says so.
  while (items[index] && !voiceFor(items[index]!.lang)) index++;
  const item = items[index];
  if (!item) {
    at = 0;
    setPlaying(false);
    return;
  }
  at = index;
  const voice = voiceFor(item.lang)!;
  const utterance = new SpeechSynthesisUtterance(item.text);
  utterance.lang = item.lang;
  utterance.voice = voice;
  utterance.rate = rate;
  utterance.onend = () => mine === token && speak(index + 1);
  utterance.onerror = (event) => mine === token && event.error !== 'interrupted' && event.error !== 'canceled' && speak(index + 1);
  light(item.elements);
  keepInView(item.elements[0]!);
  setPlaying(true);
  synth.speak(utterance);
  // A network voice (Chrome's) falls silent after about 15 s unless nudged.
  if (!voice.localService) keepAlive = setInterval(() => (synth.pause(), synth.resume()), 10_000);
}

function pause(): void {
  token++;
  synth.cancel();
  setPlaying(false);
}

function go(step: number): void {
  const index = Math.min(Math.max(at + step, 0), items.length - 1);
  if (playing) speak(index);
  else {
    at = index;
    light(items[index]!.elements);
    keepInView(items[index]!.elements[0]!);
  }
}

/** The item where the reader is: the sentence at the top of the reading area, a lit one, or the fragment's. */
function here(): number {
  const spot = place();
  const elements = spot ? target(spot.id) : [];
  const index = items.findIndex((i) => i.elements.some((el) => elements.includes(el) || el.contains(elements[0] ?? null)));
  return Math.max(index, 0);
}

// A sentence tapped while the player plays is read from.
main!.addEventListener('click', (event) => {
  const node = event.target as Element;
  if (!playing || node.closest('a, button, select, label, .dock') || String(getSelection() ?? '')) return;
  const s = sentenceAt(node);
  const index = s ? items.findIndex((i) => i.elements.includes(s.el)) : -1;
  if (index >= 0) speak(index);
});

if ('mediaSession' in navigator) {
  const title = main!.querySelector('h1')?.textContent ?? '';
  if ('MediaMetadata' in window) navigator.mediaSession.metadata = new MediaMetadata({ title, artist: documentProperty('title').split(' · ').pop() ?? '' });
  const handlers: [MediaSessionAction, () => void][] = [
    ['play', () => speak(at)],
    ['pause', pause],
    ['stop', () => player.close()],
    ['previoustrack', () => go(-1)],
    ['nexttrack', () => go(1)],
  ];
  for (const [action, handler] of handlers) {
    try {
      navigator.mediaSession.setActionHandler(action, handler);
    } catch {
      // An action this browser does not know.
    }
  }
}

// Voices load asynchronously: shown when they come, and again when they change.
synth.addEventListener('voiceschanged', showVoices);
showVoices();
setTimeout(() => ((gaveUp = true), showVoices()), 5000);
player.open();
