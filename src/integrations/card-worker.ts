/**
 * Draws social preview cards, in a worker thread (see cards.ts). Satori lays the card out as SVG
 * with the glyphs as paths, resvg rasterises it, and the pixels are encoded as PNG. The font is
 * Noto Sans from Fontsource, in its Simplified Chinese forms (SC), or for a Traditional Chinese
 * card its Traditional ones (TC), each drawing the characters the other lacks. Fontsource ships
 * them sliced by unicode-range into small files; a card loads only the slices that hold its
 * characters. Images are cached by what they show, so a rebuild draws only new or changed cards.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { langTag } from '../i18n/locales.ts';
import { cardSize, cardText, cardTree, cardWeights, type CardContent } from '../meta/card.ts';
import { encodePng, PNG_ENCODING } from './png.ts';
import { parseUnicodeRange, subsetsFor, type CodePointRange } from './unicode-ranges.ts';

const require = createRequire(import.meta.url);

/** One of the fonts, sliced: its package, its files' folder and name, and its slices' ranges. */
interface Font {
  name: string;
  files: string;
  subsets: Record<string, CodePointRange[]>;
}

function font(name: string): Font {
  const fontPackage = `@fontsource/${name}`;
  const subsets = Object.fromEntries(
    Object.entries(require(`${fontPackage}/unicode.json`) as Record<string, string>).map(([subset, range]) => [
      subset,
      parseUnicodeRange(range),
    ]),
  );
  return { name, files: join(require.resolve(`${fontPackage}/package.json`), '../files'), subsets };
}

const simplified = font('noto-sans-sc');
const traditional = font('noto-sans-tc');

/** Besides the card's tree and language, what decides its file: the versions of the fonts and the renderers, and the PNG encoding. */
const renderer = ['@fontsource/noto-sans-sc', '@fontsource/noto-sans-tc', 'satori', '@resvg/resvg-js']
  .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
  .concat(PNG_ENCODING)
  .join(' ');

/** Font files read so far. Satori parses each file once, keyed by its buffer, so they are kept. */
const loaded = new Map<string, Promise<Buffer>>();

function fontFile(font: Font, subset: string, weight: number): Promise<Buffer> {
  const file = join(font.files, `${font.name}-${subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff`);
  if (!loaded.has(file)) loaded.set(file, readFile(file));
  return loaded.get(file)!;
}

/** The slices that draw a text: the first font's, then the second's for the characters the first lacks. */
function slicesFor(text: string, [first, second]: [Font, Font]): { font: Font; subset: string }[] {
  const missing = [...new Set(text)].filter((char) => !subsetsFor(char, first.subsets).length).join('');
  return [
    ...subsetsFor(text, first.subsets).map((subset) => ({ font: first, subset })),
    ...subsetsFor(missing, second.subsets).map((subset) => ({ font: second, subset })),
  ];
}

/** The fonts' slices that draw a card, in its language's order (see slicesFor). */
function cardSlices({ content, lang }: Card): { font: Font; subset: string }[] {
  return slicesFor(cardText(content), lang === langTag('zh-hant') ? [traditional, simplified] : [simplified, traditional]);
}

async function draw({ content }: Card, slices: { font: Font; subset: string }[]): Promise<Buffer> {
  // Loaded for the first card to draw: a build whose cards are all cached needs neither.
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const fonts = await Promise.all(
    slices.flatMap(({ font, subset }) =>
      cardWeights.map(async (weight) => ({
        name: `${font.name} ${subset}`,
        data: await fontFile(font, subset, weight),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  const svg = await satori(cardTree(content), { ...cardSize, fonts });
  // The text is already paths: resvg needs no fonts, and loading the system's takes long.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** A card to draw: what it shows, and the language tag of its page, which chooses the font's forms. */
export interface Card {
  content: CardContent;
  lang: string;
}

/** Cards to draw, in turn, and the folder of the cache. */
export interface CardTask {
  cards: Card[];
  cache: string;
}

/**
 * The file of a card as PNG, in the cache: drawn now unless a card that shows the same, with the
 * same font slices, was drawn before.
 */
async function cardFile(card: Card, cache: string): Promise<string> {
  // The font slices decide the pixels too: a character without its slice is drawn as a box.
  const slices = cardSlices(card);
  const key = createHash('sha256')
    .update(renderer)
    .update(card.lang)
    .update(JSON.stringify(cardTree(card.content)))
    .update(slices.map(({ font, subset }) => `${font.name} ${subset}`).join())
    .digest('hex');
  const file = join(cache, `${key}.png`);
  if (existsSync(file)) return file;
  const png = await draw(card, slices);
  await mkdir(cache, { recursive: true });
  // Written aside and renamed, so that an interrupted build leaves no half image in the cache.
  const part = `${file}.${process.pid}-${threadId}`;
  await writeFile(part, png);
  await rename(part, file);
  return file;
}

/** The files of the task's cards, in order. */
export default async function cardFiles({ cards, cache }: CardTask): Promise<string[]> {
  const files: string[] = [];
  for (const card of cards) files.push(await cardFile(card, cache));
  return files;
}
