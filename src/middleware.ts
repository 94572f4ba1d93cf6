/**
 * Every page passes through here as it is rendered: at build, a page kept from the build before
 * is released first, so that Astro writes it into new files (integrations/kept-pages.ts), and its
 * Content Security Policy is trimmed to its own inline scripts and styles (meta/page-policy.ts)
 * before the page is written. The dev server's pages have no policy (Astro writes one at build
 * only) and pass as they are.
 */
import { defineMiddleware } from 'astro:middleware';
import { pagePolicy } from './meta/page-policy.ts';
import { rendering } from './site/page-files.ts';

export const onRequest = defineMiddleware(async ({ url }, next) => {
  // Whatever NODE_ENV says (which `DEV` follows): only a build listens.
  rendering(url.pathname);
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  return new Response(pagePolicy(await response.text()), response);
});
