import type { Locale } from './locales.ts';

/** English UI strings: flat `area.purpose` keys. Other languages must provide every key. */
const en = {
  'site.name': 'Bilingual Articles',
  'site.description': 'Articles in English with their Simplified Chinese translations.',
  'skip.link': 'Skip to the article',
  'nav.home': 'All articles',
  'nav.languages': 'Language',
  'index.title': 'Articles',
  'index.empty': 'No articles yet.',
  'article.published': 'Published',
  'section.link': 'Link to this section',
  'share.article': 'Share this article',
  'share.shared': 'Link shared',
  'share.copied': 'Link copied to the clipboard',
  'share.copyFailed': 'Could not copy; the link is in the address bar',
  'feed.title': 'Bilingual Articles in English',
  'footer.source': 'Source',
  'punctuation.colon': ': ',
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
  'index.title': '文章',
  'index.empty': '暂无文章。',
  'article.published': '发布于',
  'section.link': '本节链接',
  'share.article': '分享本文',
  'share.shared': '链接已分享',
  'share.copied': '链接已复制到剪贴板',
  'share.copyFailed': '无法复制，链接已在地址栏中',
  'feed.title': '双语文章（中文）',
  'footer.source': '来源',
  'punctuation.colon': '：',
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
