/**
 * The search page: results as the reader types, one per article, each opening at the passage
 * that matched in the view the reader uses; the query kept in the address (`?q=`), so that a
 * search can be shared and the back button returns to it. Keys: `/` to the field, the arrows
 * through the results, Escape back to the field, then clears it, then leaves. The index's own
 * script (Pagefind's, from the site) is loaded by this page alone.
 */
import type { Locale } from '../i18n/locales.ts';
import { articleResult, byArticle, landingPath, type ArticleResult, type IndexedPage } from '../search/results.ts';
import { rankingTerm, searchTerms } from '../search/text.ts';
import { withBase } from '../i18n/urls.ts';

/** The part of Pagefind's browser API the page uses. */
interface Pagefind {
  init(): Promise<void>;
  mergeIndex(path: string, options: object): Promise<void>;
  search(term: string): Promise<{ results: Hit[] }>;
}
interface Hit {
  id: string;
  data(): Promise<IndexedPage>;
}

/**
 * The view the reader chose last (`bilingual` or `single`; see storage.ts). Read here rather than
 * through storage.ts: a module shared with the site's one script would split that script into
 * files, and every article page would fetch them.
 */
function rememberedView(): string | null {
  try {
    return localStorage.getItem('view');
  } catch {
    return null;
  }
}

/** Pages whose text is loaded at a time: the first results, then each "More results". */
const BATCH = 20;
/** Keystrokes closer together than this make one search. */
const PAUSE_MS = 120;

const root = document.querySelector<HTMLElement>('main [data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const field = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('ol')!;
  const more = root.querySelector<HTMLButtonElement>('button')!;
  const base = root.dataset['base']!;
  // The site's languages and their tags, from the page (see search/results.ts).
  const tags: Record<Locale, string> = JSON.parse(root.dataset['languageTags']!);
  const locales = Object.keys(tags) as Locale[];
  const ui = root.dataset['locale'] as Locale;
  const strings: Record<string, string> = JSON.parse(root.dataset['strings']!);
  // The parts of the index: Pagefind's script comes with the first, the others are merged into it.
  const [first, ...others]: string[] = JSON.parse(root.dataset['search']!);
  const engine: Promise<Pagefind> = import(/* @vite-ignore */ `${first}pagefind.js`).then(async (pagefind: Pagefind) => {
    await pagefind.init();
    await Promise.all(others.map((part) => pagefind.mergeIndex(part, {})));
    return pagefind;
  });

  /** The current search: its query, the pages found, how many are shown, the articles shown. */
  let current = { query: '', hits: [] as Hit[], shown: 0, articles: new Set<string>() };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const say = (message: string) => (status.textContent = message);
  const count = (n: number, partial: boolean) =>
    (partial ? strings['search.count.first']! : strings[n === 1 ? 'search.count.one' : 'search.count.other']!).replace('{count}', String(n));

  function keepInAddress(query: string): void {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(history.state, '', url);
  }

  async function run(query: string): Promise<void> {
    keepInAddress(query);
    const terms = searchTerms(query);
    current = { query, hits: [], shown: 0, articles: new Set() };
    if (!terms.length) {
      list.removeAttribute('aria-busy');
      list.replaceChildren();
      more.hidden = true;
      say('');
      return;
    }
    const search = current;
    list.setAttribute('aria-busy', 'true');
    let found: { results: Hit[] }[];
    const ranking = rankingTerm(query);
    try {
      const pagefind = await engine;
      found = await Promise.all([...terms, ...(ranking ? [ranking] : [])].map((t) => pagefind.search(t)));
    } catch {
      say(strings['search.failed']!);
      list.removeAttribute('aria-busy');
      return;
    }
    if (search !== current) return;
    // A page must match every part of the query (each Chinese phrase, the other words), in the
    // order of the ranking search when there is one; its passage is where the first part matched.
    const order = ranking ? found.pop()!.results : found[0]!.results;
    const parts = found.map((f) => new Map(f.results.map((h) => [h.id, h])));
    search.hits = order.flatMap((h) => (parts.every((p) => p.has(h.id)) ? [parts[0]!.get(h.id)!] : []));
    // New results replace the old: a reader who was among them goes back to the field.
    if (list.contains(document.activeElement)) field.focus();
    list.replaceChildren();
    await showMore(search);
    if (search === current) list.removeAttribute('aria-busy');
  }

  async function showMore(search: typeof current): Promise<HTMLAnchorElement | undefined> {
    const batch = search.hits.slice(search.shown, search.shown + BATCH);
    const pages = await Promise.all(batch.map((h) => h.data()));
    if (search !== current) return undefined;
    search.shown += batch.length;
    const results = byArticle(pages.flatMap((p) => articleResult(p, { base, locales }, ui) ?? []), ui).filter((r) => !search.articles.has(r.slug));
    const items = results.map(item);
    for (const r of results) search.articles.add(r.slug);
    list.append(...items);
    const partial = search.shown < search.hits.length;
    more.hidden = !partial;
    say(search.articles.size ? count(search.articles.size, partial) : strings['search.none']!.replace('{query}', search.query));
    return items[0]?.querySelector('a') ?? undefined;
  }

  /** One result: the title as a link to the passage, the section, the passage with the query marked. */
  function item(result: ArticleResult): HTMLLIElement {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = withBase(base, landingPath(result, { ui, view: rememberedView(), locales }));
    link.className = 'title';
    link.textContent = result.title;
    if (result.titleLocale !== ui) link.lang = tags[result.titleLocale];
    li.append(link);
    const lang = result.locale === ui ? undefined : tags[result.locale];
    if (result.section) li.append(line('section', `${strings['search.section']}${strings['punctuation.colon']}${result.section}`, lang));
    const passage = line('passage', '', lang);
    for (const part of result.passage) {
      const node = part.marked ? document.createElement('mark') : document.createTextNode(part.text);
      if (part.marked) node.textContent = part.text;
      passage.append(node);
    }
    li.append(passage);
    return li;
  }

  function line(className: string, text: string, lang: string | undefined): HTMLSpanElement {
    const span = document.createElement('span');
    span.className = className;
    span.textContent = text;
    if (lang) span.lang = lang;
    return span;
  }

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  field.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(field.value.trim()), PAUSE_MS);
  });

  more.addEventListener('click', async () => (await showMore(current))?.focus());

  root.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    const all = links();
    const at = all.indexOf(target as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (target === field || at >= 0)) {
      all[at + 1]?.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (all[at - 1] ?? field).focus();
    } else if (event.key === 'Escape' && at >= 0) {
      field.focus();
    } else if (event.key === 'Escape' && target === field) {
      if (field.value) {
        field.value = '';
        clearTimeout(timer);
        run('');
      } else if (document.referrer.startsWith(location.origin)) {
        history.back();
      }
    } else {
      return;
    }
    event.preventDefault();
  });

  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement;
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || target.closest('input, textarea, select, [contenteditable]')) return;
    event.preventDefault();
    field.focus();
    field.select();
  });

  // The address's query, or one the reader typed into the field before this script ran.
  const query = new URL(location.href).searchParams.get('q')?.trim() || field.value.trim();
  if (query) {
    field.value = query;
    run(query);
  }
}
