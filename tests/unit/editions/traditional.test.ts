import { describe, expect, it } from 'vitest';
import { type Block } from '../../../src/alignment/blocks.ts';
import { conversion, toTraditional, traditionalBlocks, traditionalData, traditionalQuotes } from '../../../src/editions/traditional.ts';
import { fileBlocks } from '../../helpers.ts';

const convert = toTraditional();

/** Blocks of some HTML, with ids as pairing gives them. */
const blocks = (html: string): Block[] => fileBlocks(html).map(({ ownId: _, items: __, ...block }, i) => ({ id: `b${i + 1}`, ...block }));

describe('toTraditional', () => {
  it('uses the conversion set in locales.ts: Taiwan characters and phrases', () => {
    expect(conversion).toBe('twp');
  });

  it.each([
    ['恐怖主义', '恐怖主義'],
    ['国际', '國際'],
    ['发展', '發展'],
    ['巴基斯坦', '巴基斯坦'],
    ['伊斯兰国-呼罗珊组织(IS-K)', '伊斯蘭國-呼羅珊組織(IS-K)'],
    ['“贾法尔”', '「賈法爾」'],
    ['2025年8月12日，伊斯兰堡', '2025年8月12日，伊斯蘭堡'],
  ])('returns the Traditional characters of %s', (simplified, traditional) => {
    expect(convert(simplified)).toBe(traditional);
  });

  it.each([
    ['软件', '軟體'],
    ['网络', '網路'],
    ['信息', '資訊'],
    ['出租车', '計程車'],
    ['自行车', '腳踏車'],
    ['鼠标', '滑鼠'],
    ['数据库', '資料庫'],
    ['意大利', '義大利'],
  ])('returns the Taiwan phrase for %s', (simplified, traditional) => {
    expect(convert(simplified)).toBe(traditional);
  });

  it('returns the characters alone with the Taiwan characters-only conversion', () => {
    expect(toTraditional(new Map(), 'tw')('软件和网络')).toBe('軟件和網絡');
  });

  it('returns Latin runs, numbers, URLs and marks unchanged', () => {
    const latin = 'Operation Zarb-e-Azb (2014), 9/11, https://thinktank.pk/2025/08/22/ & <b> 1,000';
    expect(convert(latin)).toBe(latin);
    expect(convert('在2014年的Zarb-e-Azb行动，')).toBe('在2014年的Zarb-e-Azb行動，');
  });

  it('returns each override’s Traditional text in place of its phrase, the longest first', () => {
    const overrides = new Map([
      ['喀布尔', '喀布爾'],
      ['喀布尔修道院', '喀布爾修道院門'],
    ]);
    expect(convert('喀布尔修道院门')).toBe('喀布林修道院門');
    expect(toTraditional(overrides)('在喀布尔，喀布尔修道院的软件')).toBe('在喀布爾，喀布爾修道院門的軟體');
  });
});

describe('traditionalQuotes', () => {
  it('returns 「」 for “” and 『』 for ‘’', () => {
    expect(traditionalQuotes('他说：“称为‘冠军’的人”')).toBe('他说：「称为『冠军』的人」');
  });
  it('returns an apostrophe between Latin letters unchanged', () => {
    expect(traditionalQuotes('Pakistan’s ‘O’Brien’')).toBe('Pakistan’s 『O’Brien』');
  });
});

describe('traditionalBlocks', () => {
  it('returns the text of every text node converted, with the markup, ids and URLs kept', () => {
    const [block] = traditionalBlocks(
      blocks('<p>巴基斯坦与<a href="https://example.org/国际">美国</a>发展<strong>软件</strong></p>'),
      convert,
    );
    expect(block).toEqual({
      id: 'b1',
      tag: 'p',
      attributes: '',
      html: '巴基斯坦與<a href="https://example.org/国际">美國</a>發展<strong>軟體</strong>',
      text: '巴基斯坦與美國發展軟體',
      links: ['https://example.org/国际'],
      ids: [],
    });
  });

  it('returns code, and text marked as another language, unchanged', () => {
    const converted = traditionalBlocks(
      blocks('<p><code>国际</code> <span lang="en">国际</span></p><pre><code>发展\n</code></pre>'),
      convert,
    );
    expect(converted.map((b) => b.html)).toEqual(['<code>国际</code> <span lang="en">国际</span>', '<code>发展\n</code>']);
  });

  it('returns alt and title text converted, Chinese marked as Traditional, and links mapped', () => {
    const [block] = traditionalBlocks(
      blocks('<p><img src="/a.png" alt="国际"><abbr title="国际">国</abbr><span lang="zh-CN">发展</span><a href="/zh/a/#b">见</a></p>'),
      convert,
      (href) => href.replace(/^\/zh\//, '/zh-hant/'),
    );
    expect(block!.html).toBe(
      '<img src="/a.png" alt="國際"><abbr title="國際">國</abbr><span lang="zh-Hant">發展</span><a href="/zh-hant/a/#b">見</a>',
    );
    expect(block!.links).toEqual(['/zh-hant/a/#b']);
  });

  it('returns a block without markup converted once, and its text apart only where it differs', () => {
    const texts: string[] = [];
    const counted = (text: string) => (texts.push(text), convert(text));
    const converted = traditionalBlocks(blocks('<p>国际发展</p><p>研发 R&amp;D</p>'), counted);
    expect(converted.map((b) => [b.html, b.text])).toEqual([
      ['國際發展', '國際發展'],
      ['研發 R&#x26;D', '研發 R&D'],
    ]);
    expect(texts).toEqual(['国际发展', '研发 R&#x26;D', '研发 R&D']);
  });

  it('returns table cells and list items in place', () => {
    const converted = traditionalBlocks(blocks('<table><thead><tr><th>软件</th></tr></thead></table><ul>\n<li>网络</li>\n</ul>'), convert);
    expect(converted.map((b) => b.html)).toEqual(['<thead><tr><th>軟體</th></tr></thead>', '\n<li>網路</li>\n']);
  });
});

describe('traditionalData', () => {
  it('returns the title, description, publisher and notice converted, the URL and date kept', () => {
    const data = {
      title: '反恐先锋',
      description: '国际合作。',
      published: new Date('2025-08-22'),
      source: { url: 'https://example.org/国', publisher: '新华社' },
      translationNotice: '本文是用AI翻译的',
    };
    expect(traditionalData(data, convert)).toEqual({
      title: '反恐先鋒',
      description: '國際合作。',
      published: new Date('2025-08-22'),
      source: { url: 'https://example.org/国', publisher: '新華社' },
      translationNotice: '本文是用AI翻譯的',
    });
  });
});
