/**
 * The page's own elements, and the document's methods, out of an article's reach.
 *
 * An element with a `name` (`<img name="querySelector">`) becomes a property of `document` that
 * hides the method or property of that name, and an article's `id` or `data-*` attribute could
 * pass for one of the page's own elements. The sanitiser publishes none of these from an article
 * (src/markdown/html-schema.ts); the script does not count on that alone. It calls Document's
 * methods from its prototype, and finds its elements under `<body>`'s own `<main>` and `<header>`,
 * by their place in the layout: an article's HTML is inside `<article>`, never there.
 */
const proto = Document.prototype;

/** A property of the document (`title`, `documentElement`…), read with its prototype's getter. */
export function documentProperty<K extends 'title' | 'documentElement' | 'head' | 'activeElement' | 'adoptedStyleSheets'>(key: K): Document[K] {
  return Reflect.get(proto, key, document);
}

/** Makes an element of the page. */
export function createElement<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  return proto.createElement.call(document, tag) as HTMLElementTagNameMap[K];
}

/** The text nodes under an element, in order, but those inside an element that matches `skip`. */
export function textNodes(root: Element, skip: string): Text[] {
  const nodes: Text[] = [];
  const walker = proto.createTreeWalker.call(document, root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest(skip)) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** The page's `<main>` and site header: children of `<body>`. */
export const main = proto.querySelector.call(document, 'body > main') as HTMLElement | null;
export const siteHeader = proto.querySelector.call(document, 'body > header');

/** The element with an id, in this page or another (a fetched page). */
export function byId(id: string, doc: Document = document): HTMLElement | null {
  return proto.getElementById.call(doc, id);
}

/** Listens to an event on the document or the window (where an element with the id `addEventListener` would hide the method). */
export function listen<K extends keyof DocumentEventMap>(target: Document, type: K, listener: (event: DocumentEventMap[K]) => void): void;
export function listen<K extends keyof WindowEventMap>(target: Window, type: K, listener: (event: WindowEventMap[K]) => void, options: AddEventListenerOptions): void;
export function listen(target: EventTarget, type: string, listener: (event: never) => void, options?: AddEventListenerOptions): void {
  EventTarget.prototype.addEventListener.call(target, type, listener as EventListener, options);
}

/** Loads a module script (one of the site's own files: the policy allows 'self'). */
export function loadScript(src: string): void {
  const script = createElement('script');
  script.type = 'module';
  script.src = src;
  documentProperty('head').append(script);
}
