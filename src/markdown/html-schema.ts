import type { Schema } from 'hast-util-sanitize';

/**
 * What of an article's HTML the site publishes, for hast-util-sanitize: the one list of elements,
 * attributes per element and URL schemes, for the build and for `npm run check`.
 *
 * Allowed: the elements Markdown and GFM produce (tables, task lists; footnotes are the site's
 * own, see footnotes.ts) and the text elements an editor may write by hand, with `lang` and `dir`
 * anywhere, `title` on links, images, `<abbr>` and `<dfn>`, `datetime` on `<time>`. Links keep
 * only http(s) and mailto URLs, images http(s) ones, besides paths of this site and #fragments.
 *
 * Refused: every other attribute, `id`, `name`, `class`, `style`, `data-*` and event handlers
 * included. An article's `id` or `name` could stand in for the page's own elements
 * (`document.getElementById`, `document.querySelector`), its `class` and `data-*` for the page's
 * styles and the script's settings; the site gives blocks and footnotes their ids itself.
 */
export const htmlSchema: Schema = {
  tagNames: [
    // What Markdown and GFM produce.
    ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em', 'strong'],
    ...['del', 'a', 'img', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'sup'],
    // Text-level and grouping elements an editor may write by hand.
    ...['span', 'abbr', 'sub', 'kbd', 'mark', 'q', 'cite', 'dfn', 'small', 's', 'ins', 'b', 'i', 'u', 'bdi', 'bdo'],
    ...['ruby', 'rt', 'rp', 'wbr', 'time', 'figure', 'figcaption', 'details', 'summary', 'dl', 'dt', 'dd'],
  ],
  attributes: {
    '*': ['lang', ['dir', 'ltr', 'rtl', 'auto']],
    a: ['href', 'hrefLang', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    dfn: ['title'],
    time: ['dateTime'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    ol: ['start', 'reversed'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    td: ['align', 'colSpan', 'rowSpan'],
    details: ['open'],
    // GFM's task lists: a checkbox the reader cannot tick.
    input: [['type', 'checkbox'], 'checked', ['disabled', true]],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
  // Table parts outside a table, and checkboxes outside a task list, would break out of their place.
  ancestors: { tbody: ['table'], thead: ['table'], tr: ['table'], th: ['table'], td: ['table'], input: ['li'] },
  // Removed with their content (code, styles, embedded documents, forms); other elements keep theirs.
  strip: [
    ...['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'template'],
    ...['svg', 'math', 'form', 'button', 'select', 'textarea', 'link', 'meta', 'base', 'title', 'head'],
  ],
  // No `id` or `name` is allowed, so none needs a prefix.
  clobber: [],
  clobberPrefix: '',
  // Comments are the editor's notes: they are not published, and need no warning.
  allowComments: false,
  allowDoctypes: false,
};
