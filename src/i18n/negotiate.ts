/**
 * The site languages a browser language can be, most precise first: its language and script
 * (stated, as in `zh-Hant-TW`, or implied by Taiwan's, Hong Kong's and Macau's regions, as in
 * `zh-TW`), then its language alone.
 * @example candidates('zh-HK') // ['zh-hant', 'zh']
 */
function candidates(tag: string): string[] {
  const [language = '', ...subtags] = tag.toLowerCase().split('-');
  const script = subtags.find((s) => s.length === 4) ?? (language === 'zh' && subtags.some((s) => /^(tw|hk|mo)$/.test(s)) ? 'hant' : '');
  return [`${language}-${script}`, language];
}

/**
 * The language to send a reader to, among the site's (`available`, the original's first): a
 * remembered choice first, then the first browser language the site has, in its script where the
 * site has that (`zh-TW`, `zh-HK`, `zh-MO` and `zh-Hant` go to Traditional Chinese, `zh-CN` and
 * `zh-Hans-HK` to Simplified), else the original's. The home page's script passes the languages
 * it links, so that the site's list of languages does not travel in it.
 * @example pickLocale(null, ['fr-FR', 'zh-TW'], ['en', 'zh', 'zh-hant']) // 'zh-hant'
 */
export function pickLocale<L extends string>(remembered: string | null, browserLanguages: readonly string[], available: readonly L[]): L {
  const has = (value: string | null): value is L => available.some((l) => l === value);
  if (has(remembered)) return remembered;
  for (const tag of browserLanguages) {
    const match = candidates(tag).find(has);
    if (match) return match;
  }
  return available[0]!;
}
