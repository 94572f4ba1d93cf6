import type { APIRoute } from 'astro';
import { articleRoutes, type ArticleRoute } from '../../../lib/article-routes.ts';
import { blockMap } from '../../../lib/render.ts';

/** An article's blocks in one language, by id: what the other language's peek controls reveal. */
export const getStaticPaths = () => articleRoutes('available');

export const GET: APIRoute<ArticleRoute['props']> = ({ props }) =>
  Response.json(blockMap(props.article.versions[props.locale]!.blocks));
