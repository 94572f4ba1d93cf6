/**
 * The article's blocks and sentence groups in the page (see alignment/sentence-markup.ts). A block is
 * an element carrying a block id in `<main>`'s article text (dom.ts). Its text is one container
 * per language: the block itself, or, in the bilingual view, each side's element; laid out
 * sentence by sentence, the block is one container whose spans, in both languages, are numbered
 * together. A container without spans is one group, itself. Only paragraphs and headings are
 * counted in sentences; other blocks (lists, tables) are whole.
 */
import { groupNumbers, parseSentenceId, sentenceId } from '../alignment/sentence-numbers.ts';
import { byId, main } from './dom.ts';

/** Elements that carry a block id, in every view: the article's own blocks (see dom.ts). */
export const BLOCKS = ':scope > article > .prose > [id]:not(.peek-text), :scope > article > .prose > .heading > [id]';

/** The page's controls inside the article's blocks, which are not its text: peek controls and section links. */
export const CONTROLS = '[data-peek], .section-link';

const blocks = new Set(main?.querySelectorAll<HTMLElement>(BLOCKS));

/** One group of a block in one language: its element (the first span, or the whole text) and number. */
export interface Sentence {
  block: HTMLElement;
  n: number;
  el: HTMLElement;
}

function containers(block: HTMLElement): HTMLElement[] {
  const own = block.matches('.pair:not(.sentences)') ? [...block.querySelectorAll<HTMLElement>(':scope > .side > *')] : [block];
  return own.filter((c) => c.matches('p, h2, h3, h4, h5, h6, .sentences'));
}

/** The groups of one container, in order; a group's further spans too, with its number. */
function numbered(block: HTMLElement, container: HTMLElement): Sentence[] {
  const spans = [...container.querySelectorAll<HTMLElement>('[data-s]')];
  if (!spans.length) return [{ block, n: 1, el: container }];
  const numbers = groupNumbers(spans.map((s) => s.dataset['s']!));
  return spans.map((el, i) => ({ block, n: numbers[i]!, el }));
}

/** The groups of a block, each language's in order, each once (by its first span). */
export function sentencesOf(block: HTMLElement): Sentence[] {
  const first = (s: Sentence, i: number, all: Sentence[]) => !all.slice(0, i).some((o) => o.n === s.n && o.el.lang === s.el.lang);
  return containers(block).flatMap((c) => numbered(block, c).filter(first));
}

/** The sentence group an element or text is in, if it is in a paragraph or heading of the article. */
export function sentenceAt(node: Node | null): Sentence | undefined {
  const el = node instanceof Element ? node : node?.parentElement;
  let block = el?.closest<HTMLElement>('[id]');
  while (block && !blocks.has(block)) block = block.parentElement?.closest<HTMLElement>('[id]');
  const container = block && containers(block).find((c) => c.contains(el!));
  if (!block || !container) return undefined;
  const span = el!.closest('[data-s]');
  return numbered(block, container).find((s) => s.el === container || s.el === span);
}

/** Every element of a sentence group, in every language the block shows. */
export function groupElements(block: HTMLElement, n: number): HTMLElement[] {
  return containers(block).flatMap((c) => numbered(block, c).filter((s) => s.n === n).map((s) => s.el));
}

/** A sentence's id: its block's alone in a block of one group. */
export function idOf(s: Sentence): string {
  return sentencesOf(s.block).some((other) => other.n > 1) ? sentenceId(s.block.id, s.n) : s.block.id;
}

/** The block and group a fragment names: a sentence's id, or a block's (its first group). */
export function sentenceById(id: string): { block: HTMLElement; n: number } | undefined {
  const own = byId(id);
  if (own) return blocks.has(own) ? { block: own, n: 1 } : undefined;
  const parsed = parseSentenceId(id);
  const block = parsed && byId(parsed.block);
  return parsed && block && blocks.has(block) && groupElements(block, parsed.n).length ? { block, n: parsed.n } : undefined;
}

/** The language an element's text is in: its own `lang` or its nearest ancestor's. */
export function languageOf(el: Element): string {
  return el.closest('[lang]')?.getAttribute('lang') ?? '';
}

/** Lights a group's elements and puts every other light out (all of them, given none). */
export function light(elements: readonly Element[]): void {
  for (const el of main?.querySelectorAll('.lit') ?? []) if (!elements.includes(el)) el.classList.remove('lit');
  for (const el of elements) el.classList.add('lit');
}
