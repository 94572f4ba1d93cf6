import { describe, expect, it } from 'vitest';
import { excerptParts, joinHan, rankingTerm, searchableHtml, searchTerms, spaceHan, titleHtml } from '../../../src/search/text.ts';

describe('spaceHan', () => {
  it('returns every Han character with a space on each side', () => {
    expect(spaceHan('巴基斯坦')).toBe(' 巴  基  斯  坦 ');
  });
  it('returns Han characters apart from the digits, letters and punctuation they touch', () => {
    expect(spaceHan('2025年,U.S。反恐')).toBe('2025 年 ,U.S。 反  恐 ');
  });
  it('returns text without Han characters as it is', () => {
    expect(spaceHan('Pakistan–U.S. ties')).toBe('Pakistan–U.S. ties');
  });
});

describe('searchTerms', () => {
  it('returns a Chinese query as the exact phrase of its characters', () => {
    expect(searchTerms('伙伴关系')).toEqual(['"伙 伴 关 系"']);
  });
  it('returns a single character as itself, in quotes', () => {
    expect(searchTerms(' 恐 ')).toEqual(['"恐"']);
  });
  it('returns the English words of a query together, as typed', () => {
    expect(searchTerms('United States')).toEqual(['United States']);
  });
  it('returns each Chinese run and the other words, in the order of the query', () => {
    expect(searchTerms('巴基斯坦 partnership 反恐 talks')).toEqual(['"巴 基 斯 坦"', 'partnership talks', '"反 恐"']);
  });
  it('returns nothing for a query of spaces and punctuation', () => {
    expect(searchTerms(' ，。 - ')).toEqual([]);
  });
});

describe('rankingTerm', () => {
  it('returns the characters and words of a query with Chinese, apart', () => {
    expect(rankingTerm(' 反恐 talks')).toBe('反 恐 talks');
  });
  it('returns undefined for a query without Chinese', () => {
    expect(rankingTerm('United States')).toBeUndefined();
  });
});

describe('excerptParts', () => {
  it('returns Chinese without the spaces of the index, marked characters in one part', () => {
    expect(excerptParts('在 南 亚 <mark>反</mark> <mark>恐</mark> 战 略 的')).toEqual([
      { text: '在南亚', marked: false },
      { text: '反恐', marked: true },
      { text: '战略的', marked: false },
    ]);
  });
  it('returns English words with their spaces', () => {
    expect(excerptParts('many nations in <mark>partnerships</mark> to combat')).toEqual([
      { text: 'many nations in ', marked: false },
      { text: 'partnerships', marked: true },
      { text: ' to combat', marked: false },
    ]);
  });
  it('returns the text of entities decoded, and markup in the text as text', () => {
    expect(excerptParts('R&amp;D &lt;b&gt; &#8220;<mark>x</mark>&#x201D;')).toEqual([
      { text: 'R&D <b> “', marked: false },
      { text: 'x', marked: true },
      { text: '”', marked: false },
    ]);
  });
});

describe('joinHan', () => {
  it('returns indexed Chinese text without the spaces between its characters', () => {
    expect(joinHan(' 反  恐 先 锋 ： 巴 基 斯 坦 2025 ')).toBe('反恐先锋：巴基斯坦2025');
  });
  it('returns English text as it is', () => {
    expect(joinHan('A History of Cooperation')).toBe('A History of Cooperation');
  });
});

describe('searchableHtml', () => {
  it('returns the page with its Chinese spaced and the other languages’ titles as metadata', () => {
    expect(searchableHtml('<html><body class="x"><p>合作</p></body></html>', { en: 'Co&amp;operation' })).toBe(
      '<html><body class="x"><p data-pagefind-meta="title_en">Co&amp;operation</p><p> 合  作 </p></body></html>',
    );
  });
  it('returns the page without its styles and scripts, and keeps elements whose names only begin so', () => {
    const page =
      '<html><head><title>合作</title><style>p{color:red}</style><script type="application/ld+json">{"a":"<p>"}</script></head>' +
      '<body><script type="module">if(a>b)x()</script><style-guide>样</style-guide><p>text</p><scripted>x</scripted></body></html>';
    expect(searchableHtml(page, {})).toBe(
      '<html><head><title> 合  作 </title></head><body><style-guide> 样 </style-guide><p>text</p><scripted>x</scripted></body></html>',
    );
  });
});

describe('titleHtml', () => {
  it('returns the inner HTML of the first h1', () => {
    expect(titleHtml('<main><h1 class="t">R&amp;D <i>now</i></h1><h1>b</h1></main>')).toBe('R&amp;D <i>now</i>');
  });
  it('returns undefined without an h1', () => {
    expect(titleHtml('<p>x</p>')).toBeUndefined();
  });
});
