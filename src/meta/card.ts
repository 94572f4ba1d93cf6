import type { ArticleData } from '../content/schema.ts';
import { editionName, localeKeys, type Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';

/**
 * The social preview card: a 1200×630 image with a page's title, a byline (an article's source,
 * a list's languages) and the site name. This module says what the card shows; the build draws it
 * (src/integrations/cards.ts).
 */
export const cardSize = { width: 1200, height: 630 } as const;

/** What a card shows. */
export interface CardContent {
  title: string;
  byline: string;
  siteName: string;
}

/** A card's element tree, in the shape Satori draws (a subset of React elements). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children: string | CardNode[] };
}

/** The card of an article in one language: its title, its source's publisher and the site name. */
export function articleCard(version: Pick<ArticleData, 'title' | 'source'>, locale: Locale): CardContent {
  const t = useTranslations(locale);
  return {
    title: version.title,
    byline: `${t('footer.source')}${t('punctuation.colon')}${version.source.publisher}`,
    siteName: t('site.name'),
  };
}

/** The card of a language's list of articles: what the site is, in which languages and scripts. */
export function listCard(locale: Locale): CardContent {
  const t = useTranslations(locale);
  return {
    title: t('site.description'),
    byline: localeKeys.map(editionName).join(' · '),
    siteName: t('site.name'),
  };
}

/** The card's text for `og:image:alt`: everything the image shows, in reading order. */
export function cardAlt(card: CardContent): string {
  return [card.title, card.byline, card.siteName].join(' · ');
}

/** The character that ends a title too long for its lines (CSS `line-clamp`). */
const ellipsis = '…';

/**
 * Every character a card may show, for choosing the font files to draw it with: its texts, and
 * the ellipsis that ends a title cut short, which the title's own characters may not bring.
 */
export function cardText(card: CardContent): string {
  return card.title + card.byline + card.siteName + ellipsis;
}

/** The font weights the card uses: regular for the byline, bold for the title and site name. */
export const cardWeights = [400, 700] as const;

const padding = 80;
const lineHeight = 1.25;
const maxLines = 4;

/**
 * The largest title size, in pixels, at which the title fits the card in three lines, judging
 * width by character: a CJK character is about 1em wide, a Latin one about 0.55em.
 * @example titleSize('Short title') // 72
 */
export function titleSize(title: string): number {
  const ems = [...title].reduce((sum, ch) => sum + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.55), 0);
  const lineWidth = cardSize.width - 2 * padding;
  return [72, 64, 56, 48].find((size) => (ems * size) / lineWidth <= 3) ?? 44;
}

const div = (style: CardNode['props']['style'], children: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style, children },
});

/**
 * The card as an element tree: a stripe along the top, the title below it (at most four lines,
 * then an ellipsis), the byline and the site name along the bottom, in the site's colours. The
 * stripe is an element, not a border: a border is drawn through masks, which take resvg longer.
 */
export function cardTree(card: CardContent): CardNode {
  return div({ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: '#fbfaf7', color: '#1d1b18' }, [
    div({ height: 16, backgroundColor: '#a3381f' }, []),
    div({ flexGrow: 1, display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding }, [
      div({ fontSize: titleSize(card.title), fontWeight: cardWeights[1], lineHeight, lineClamp: maxLines }, card.title),
      div({ display: 'flex', justifyContent: 'space-between', gap: 32, fontSize: 32 }, [
        div({ color: '#5b5750', fontWeight: cardWeights[0] }, card.byline),
        div({ color: '#a3381f', fontWeight: cardWeights[1] }, card.siteName),
      ]),
    ]),
  ]);
}
