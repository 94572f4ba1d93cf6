/**
 * Draws social preview cards, in a worker thread (see cards.ts). Satori lays the card out as SVG
 * with the glyphs as paths, resvg rasterises it, and the pixels are encoded as PNG. The font is
 * Noto Sans SC from Fontsource, which ships it sliced by unicode-range into small files; a card
 * loads only the slices that hold its characters. Images are cached by what they show, so a
 * rebuild draws only new or changed cards.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { cardSize, cardText, cardTree, cardWeights, type CardContent } from '../lib/card.ts';
import { parseUnicodeRange, subsetsFor } from '../lib/unicode-ranges.ts';
import { encodePng } from './png.ts';

const require = createRequire(import.meta.url);
const fontPackage = '@fontsource/noto-sans-sc';
const fontFiles = join(require.resolve(`${fontPackage}/package.json`), '../files');

/** Besides the card's tree, what decides its pixels: the versions of the font and the renderers. */
const renderer = [fontPackage, 'satori', '@resvg/resvg-js']
  .map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`)
  .join(' ');

const subsets: Record<string, ReturnType<typeof parseUnicodeRange>> = Object.fromEntries(
  Object.entries(require(`${fontPackage}/unicode.json`) as Record<string, string>).map(([name, range]) => [
    name,
    parseUnicodeRange(range),
  ]),
);

/** Font files read so far. Satori parses each file once, keyed by its buffer, so they are kept. */
const loaded = new Map<string, Promise<Buffer>>();

function fontFile(subset: string, weight: number): Promise<Buffer> {
  const file = join(fontFiles, `noto-sans-sc-${subset.replace(/^\[(\d+)\]$/, '$1')}-${weight}-normal.woff`);
  if (!loaded.has(file)) loaded.set(file, readFile(file));
  return loaded.get(file)!;
}

async function draw(card: CardContent, slices: string[]): Promise<Buffer> {
  // Loaded for the first card to draw: a build whose cards are all cached needs neither.
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const fonts = await Promise.all(
    slices.flatMap((subset) =>
      cardWeights.map(async (weight) => ({ name: subset, data: await fontFile(subset, weight), weight, style: 'normal' as const })),
    ),
  );
  const svg = await satori(cardTree(card), { ...cardSize, fonts });
  // The text is already paths: resvg needs no fonts, and loading the system's takes long.
  const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  return encodePng(image.pixels, image.width, image.height);
}

/** Cards to draw, in turn, and the folder of the cache. */
export interface CardTask {
  cards: CardContent[];
  cache: string;
}

/**
 * The file of a card as PNG, in the cache: drawn now unless a card that shows the same, with the
 * same font slices, was drawn before.
 */
async function cardFile(card: CardContent, cache: string): Promise<string> {
  // The font slices decide the pixels too: a character without its slice is drawn as a box.
  const slices = subsetsFor(cardText(card), subsets);
  const key = createHash('sha256').update(renderer).update(JSON.stringify(cardTree(card))).update(slices.join()).digest('hex');
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
