import type { Locale } from './locales.ts';

/** English UI strings: flat `area.purpose` keys. Other languages must provide every key. */
const en = {
  'site.name': 'Bilingual Articles',
  'site.description': 'Articles in English with their Simplified Chinese translations.',
  'skip.link': 'Skip to the article',
  'nav.home': 'All articles',
  'nav.languages': 'Language',
  'view.bilingual': 'Bilingual',
  'contents.title': 'Contents',
  'article.readingTime': '{minutes} min read',
  'article.bilingualTitle': 'English and Chinese, block by block',
  'peek.show': 'Show the Chinese translation of this paragraph',
  'peek.hide': 'Hide the Chinese translation',
  'index.bilingual': 'Bilingual',
  'toggle.untranslated': 'English (not yet translated)',
  'missing.title': 'Not yet in English',
  'missing.body': 'This article has not been translated into English yet. Its original:',
  'missing.read': 'Read the original',
  'stale.notice': 'The original has changed since this translation was made; parts of it may be out of date.',
  'stale.link': 'Read the current original',
  'index.title': 'Articles',
  'index.empty': 'No articles yet.',
  'pages.label': 'Pages',
  'pages.current': 'Page {page} of {count}',
  'pages.previous': 'Newer',
  'pages.next': 'Older',
  'article.published': 'Published',
  'section.link': 'Link to this section',
  'section.copied': 'Link copied to the clipboard',
  'section.copyFailed': 'Could not copy; the link is in the address bar',
  'footer.source': 'Source',
  'footer.publisher': 'Publisher',
  'footer.date': 'Published',
  'footer.translationOf': 'Translated from the original',
  'footer.original': 'Read the original in English',
  'root.title': 'Choose your language',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the articles in English',
} as const;

export type UIKey = keyof typeof en;
export type UIStrings = Record<UIKey, string>;

const zh: UIStrings = {
  'site.name': '双语文章',
  'site.description': '英文文章及其简体中文译文。',
  'skip.link': '跳到正文',
  'nav.home': '全部文章',
  'nav.languages': '语言',
  'view.bilingual': '双语',
  'contents.title': '目录',
  'article.readingTime': '阅读约 {minutes} 分钟',
  'article.bilingualTitle': '中英对照',
  'peek.show': '显示本段英文原文',
  'peek.hide': '隐藏英文原文',
  'index.bilingual': '中英对照',
  'toggle.untranslated': '中文（暂无译文）',
  'missing.title': '暂无中文译文',
  'missing.body': '本文尚未译成中文。原文如下：',
  'missing.read': '阅读原文',
  'stale.notice': '本译文完成后，英文原文已有更新，部分内容可能已经过时。',
  'stale.link': '阅读最新的英文原文',
  'index.title': '文章',
  'index.empty': '暂无文章。',
  'pages.label': '分页',
  'pages.current': '第 {page} 页，共 {count} 页',
  'pages.previous': '较新',
  'pages.next': '较早',
  'article.published': '发布于',
  'section.link': '本节链接',
  'section.copied': '链接已复制到剪贴板',
  'section.copyFailed': '无法复制，链接已在地址栏中',
  'footer.source': '来源',
  'footer.publisher': '出版方',
  'footer.date': '发布日期',
  'footer.translationOf': '译自原文',
  'footer.original': '阅读英文原文',
  'root.title': '选择语言',
  'notFound.title': '页面不存在',
  'notFound.body': '此地址没有页面。',
  'notFound.home': '前往中文文章列表',
};

export const ui: Record<Locale, UIStrings> = { en, zh };

/** Returns a lookup for one language's UI strings. */
export function useTranslations(locale: Locale): (key: UIKey) => string {
  return (key) => ui[locale][key];
}
