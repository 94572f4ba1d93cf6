import type { APIRoute } from 'astro';
import { cardResponse } from '../../build/card-png.ts';
import { localeKeys, type Locale } from '../../i18n/locales.ts';
import { listCard } from '../../lib/card.ts';

/** The social preview image of a language's list of articles. */
export function getStaticPaths() {
  return localeKeys.map((locale) => ({ params: { lang: locale }, props: { locale } }));
}

export const GET: APIRoute<{ locale: Locale }> = ({ props }) => cardResponse(listCard(props.locale));
