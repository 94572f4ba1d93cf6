import type { APIRoute } from 'astro';
import { cardResponse } from '../../../build/card-png.ts';
import { localeKeys } from '../../../i18n/locales.ts';
import { getArticles } from '../../../lib/articles.ts';
import { articleCard, type CardContent } from '../../../lib/card.ts';

/** The social preview image of an article in each language it has. */
export async function getStaticPaths() {
  const articles = await getArticles();
  return articles.flatMap((article) =>
    localeKeys.flatMap((locale) => {
      const version = article.versions[locale];
      return version ? [{ params: { lang: locale, slug: article.slug }, props: { card: articleCard(version, locale) } }] : [];
    }),
  );
}

export const GET: APIRoute<{ card: CardContent }> = ({ props }) => cardResponse(props.card);
