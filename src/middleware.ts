/**
 * Every page passes through here as it is rendered: at build, its Content Security Policy is
 * trimmed to its own inline scripts and styles (meta/page-policy.ts) before the page is written.
 * The dev server's pages have no policy (Astro writes one at build only) and pass as they are.
 */
import { defineMiddleware } from 'astro:middleware';
import { pagePolicy } from './meta/page-policy.ts';

export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(pagePolicy(await response.text()), response);
});
