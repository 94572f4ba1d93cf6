/**
 * Writes generated article pairs for build benchmarks:
 *
 *   node_modules/.bin/node tests/bench/generate-articles.ts /tmp/bench-content 1000
 *   CONTENT_DIR=/tmp/bench-content OUT_DIR=/tmp/bench-out npm run build
 *
 * Each pair is the fixtures' whole article (a copy of the first published pair) under a new slug
 * and date, with titles and descriptions drawn from the article's own words, so that every page
 * and preview card differs and the Chinese titles use as many different characters as real ones would.
 * A first paragraph of its own in each language (its number) makes every file's text differ too, as
 * real articles' do: Astro's content store keeps one copy of equal texts.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const template = 'tests/fixtures/articles/islamabad-dialogue';
const read = (lang: string) => parseFrontmatter(readFileSync(join(template, `${lang}.md`), 'utf8'));
const en = read('en');
const zh = read('zh');

/** A small deterministic random number generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = en.content.match(/[A-Za-z][a-z]+/g)!;
const hanzi = zh.content.replace(/[^\u4e00-\u9fff，、：]/g, '');

function englishText(next: () => number, length: number): string {
  const start = Math.floor(next() * (words.length - length));
  const text = words.slice(start, start + length).join(' ');
  return text[0]!.toUpperCase() + text.slice(1);
}

function chineseText(next: () => number, length: number): string {
  const start = Math.floor(next() * (hanzi.length - length));
  return hanzi.slice(start, start + length);
}

const file = (data: Record<string, unknown>, body: string) =>
  `---\n${Object.entries(data)
    .map(([k, v]) => (typeof v === 'object' ? `${k}:\n${Object.entries(v as object).map(([a, b]) => `  ${a}: ${JSON.stringify(b)}`).join('\n')}` : `${k}: ${v}`))
    .join('\n')}\n---\n${body}`;

/** Writes `count` generated article pairs into `target`, replacing what was there. */
export function generateArticles(target: string, count: number): void {
  rmSync(target, { recursive: true, force: true });
  for (let i = 1; i <= count; i++) {
    const next = random(i);
    const slug = `generated-article-${String(i).padStart(4, '0')}`;
    // A day each, from 1990: 10,000 pairs end in 2017, none scheduled for the future (schedule.ts).
    const published = new Date(Date.UTC(1990, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
    const source = { url: `https://news.example/${slug}/`, publisher: `Publisher ${i % 37}` };
    const dir = join(target, slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'en.md'),
      file(
        { title: JSON.stringify(englishText(next, 6 + Math.floor(next() * 6))), description: JSON.stringify(`${englishText(next, 20)}.`), published, source },
        `\nDispatch number ${i}.\n${en.content}`,
      ),
    );
    writeFileSync(
      join(dir, 'zh.md'),
      file(
        {
          title: JSON.stringify(chineseText(next, 12 + Math.floor(next() * 14))),
          description: JSON.stringify(`${chineseText(next, 40)}。`),
          published,
          source,
          translationNotice: JSON.stringify(zh.frontmatter['translationNotice']),
        },
        `\n第${i}号快讯。\n${zh.content}`,
      ),
    );
  }
}

if (import.meta.main) {
  const [target, count = '1000'] = process.argv.slice(2);
  if (!target) throw new Error('usage: generate-articles.ts <folder> [pairs]');
  generateArticles(target, Number(count));
  console.log(`${count} article pairs in ${target}`);
}
