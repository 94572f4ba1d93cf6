import type { APIRoute } from 'astro';
import { learnerData } from '../../../site/route-data.ts';
import { learnerRoutes, type ArticleRoute } from '../../../site/routes.ts';

/**
 * Each article's learner's layer in each Chinese edition it has, pinyin and dictionary for the
 * page's script, as the dev server serves it: a build writes them with integrations/learner-layers.ts.
 */
export const getStaticPaths = learnerRoutes;

export const GET: APIRoute<ArticleRoute['props']> = ({ props }) =>
  new Response(learnerData(props), { headers: { 'content-type': 'application/json' } });
