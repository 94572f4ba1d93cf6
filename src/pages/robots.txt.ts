import type { APIRoute } from 'astro';
import { robotsTxt } from '../meta/feeds.ts';

/** robots.txt, pointing crawlers at the sitemap wherever the site is published. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt({ site: site!, base: import.meta.env.BASE_URL }), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
