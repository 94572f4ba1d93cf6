import type { APIRoute } from 'astro';
import type { Characters } from '../../../../learn/dictionary.ts';
import { glossaryData } from '../../../../site/route-data.ts';
import { glossaryRoutes } from '../../../../site/routes.ts';

/** The learner's glossary, in parts, in each spelling of the Chinese editions, in a folder named by its version: the readings of the words a reader taps. */
export const getStaticPaths = glossaryRoutes;

export const GET: APIRoute = ({ params }) =>
  new Response(glossaryData(params['characters'] as Characters, Number(params['part'])), { headers: { 'content-type': 'application/json' } });
