/**
 * The dock: a bar fixed at the bottom of the screen that holds the panels of the tools a reader
 * opens (the player, listen.ts; the learner's tools, learn.ts). Each tool's code is loaded on
 * first use with its own copy of this module: the first to open a panel makes the dock and adds
 * the tools' style sheet (styles/tools.css), the others find them. The page's policy allows no
 * inline style, so the sheet is a constructed one; the dock is never printed.
 */
import { langTag, localeKeys, sourceLocale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/ui.ts';
import css from '../styles/tools.css?inline';
import { createElement, documentProperty, main } from './dom.ts';

function dock(): HTMLElement {
  const found = main!.querySelector<HTMLElement>(':scope > .dock');
  if (found) return found;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  Reflect.set(Document.prototype, 'adoptedStyleSheets', [...documentProperty('adoptedStyleSheets'), sheet], document);
  const made = createElement('div');
  made.className = 'dock';
  main!.append(made);
  return made;
}

/** Makes an element with a class and, for a control, its type. */
export function make<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const el = createElement(tag);
  if (className) el.className = className;
  if (text) el.textContent = text;
  if (el instanceof HTMLButtonElement) el.type = 'button';
  return el;
}

/**
 * A panel in the dock, named for assistive technology, opened and closed by its control in the
 * article's title block (which says whether it is open), calling back as it opens and closes.
 */
export function panel(control: HTMLButtonElement, id: string, label: string, hooks: { opened: () => void; closed: () => void }) {
  const section = make('section', `panel ${id}`);
  section.id = id;
  section.ariaLabel = label;
  section.hidden = true;
  dock().append(section);
  control.setAttribute('aria-controls', id);
  control.ariaExpanded = 'false';
  const setOpen = (open: boolean) => {
    if (section.hidden === !open) return;
    section.hidden = !open;
    control.ariaExpanded = String(open);
    (open ? hooks.opened : hooks.closed)();
  };
  control.addEventListener('click', () => setOpen(section.hidden === true));
  return { section, open: () => setOpen(true), close: () => setOpen(false) };
}

/** The page's interface language and its strings: the site's languages by their tags. */
export function pageStrings() {
  const tag = documentProperty('documentElement').lang;
  return useTranslations(localeKeys.find((l) => langTag(l) === tag) ?? sourceLocale);
}

/** A switch: a labelled checkbox with role="switch", calling back with its state. */
export function toggle(label: string, on: boolean, change: (on: boolean) => void): HTMLLabelElement {
  const box = make('input');
  box.type = 'checkbox';
  box.role = 'switch';
  box.checked = on;
  box.addEventListener('change', () => change(box.checked));
  const wrap = make('label', 'switch');
  wrap.append(box, ` ${label}`);
  return wrap;
}
