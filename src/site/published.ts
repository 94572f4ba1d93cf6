/**
 * The articles a build publishes, handed from the pages' side (site/articles.ts) to an integration
 * that writes files from them beside the pages (integrations/learner-layers.ts). Astro renders the
 * pages from a bundle of its own, whose modules are copies of those the integrations import: the
 * two meet on `globalThis`, in the one process that runs both.
 */
import type { Article } from './article.ts';

const RECEIVER = Symbol.for('bilingual-articles.published');

type Receiver = (articles: readonly Article[]) => void;

/** Asks for the articles of this build, once they are paired and checked. */
export function onPublished(receive: Receiver): void {
  (globalThis as Record<symbol, unknown>)[RECEIVER] = receive;
}

/** Hands the build's articles to what asked for them, if anything did. */
export function publish(articles: readonly Article[]): void {
  ((globalThis as Record<symbol, unknown>)[RECEIVER] as Receiver | undefined)?.(articles);
}
