import type { APIRoute } from 'astro';
import { glossaryData } from '../../../../site/route-data.ts';
import { glossaryRoutes } from '../../../../site/routes.ts';
import type { GlossaryFile } from '../../../../site/kept-glossary.ts';

/**
 * The learner's glossary, in parts, in each spelling of the Chinese editions, in a folder named by
 * its version: the readings of the words a reader taps, as the dev server serves them; a build
 * links the kept parts into the site (integrations/learner-layers.ts).
 */
export const getStaticPaths = glossaryRoutes;

export const GET: APIRoute<{ file: GlossaryFile }> = ({ props }) =>
  new Response(glossaryData(props.file), { headers: { 'content-type': 'application/json' } });
