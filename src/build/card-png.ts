import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cardSize, cardText, cardTree, cardWeights, type CardContent } from '../lib/card.ts';
import { parseUnicodeRange, subsetsFor } from '../lib/unicode-ranges.ts';

/**
 * Draws social preview cards at build time: Satori lays the card out as SVG with the glyphs as
 * paths, resvg rasterises it to PNG. The font is Noto Sans SC from Fontsource, which ships it
 * sliced by unicode-range into small files; a card loads only the slices that hold its characters.
 * Images are cached by what they show, so a rebuild draws only new or changed cards.
 */

// Resolved from the project, not from this file: the build bundles this module elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const fontPackage = '@fontsource/noto-sans-sc';
const fontFiles = join(require.resolve(`${fontPackage}/package.json`), '../files');
const cacheDir = join(process.cwd(), 'node_modules/.cache/cards');

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

async function draw(card: CardContent): Promise<Buffer> {
  const fonts = await Promise.all(
    subsetsFor(cardText(card), subsets).flatMap((subset) =>
      cardWeights.map(async (weight) => ({ name: subset, data: await fontFile(subset, weight), weight, style: 'normal' as const })),
    ),
  );
  const svg = await satori(cardTree(card), { ...cardSize, fonts });
  // The text is already paths: resvg needs no fonts, and loading the system's takes long.
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}

/** A card as PNG: from the cache when a card that shows the same was drawn before, else drawn now. */
export async function cardPng(card: CardContent): Promise<Buffer> {
  const key = createHash('sha256').update(renderer).update(JSON.stringify(cardTree(card))).digest('hex');
  const file = join(cacheDir, `${key}.png`);
  try {
    return await readFile(file);
  } catch {
    // Not drawn yet.
  }
  const png = await draw(card);
  await mkdir(cacheDir, { recursive: true });
  // Written aside and renamed, so that an interrupted build leaves no half image in the cache.
  await writeFile(`${file}.${process.pid}`, png);
  await rename(`${file}.${process.pid}`, file);
  return png;
}

/** The HTTP response of a card endpoint. */
export async function cardResponse(card: CardContent): Promise<Response> {
  return new Response(new Uint8Array(await cardPng(card)), { headers: { 'Content-Type': 'image/png' } });
}
