/**
 * A property test of the build, on a few generated articles (a build takes seconds): content that
 * passes the content check, with any characters in its frontmatter texts and random Markdown,
 * builds, or fails with a problem that names one of its files. The content check and the pairing
 * are tested on many more (tests/unit/properties.test.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check.ts';
import { markdown, validFrontmatter } from '../arbitraries.ts';
import { build, contentFixture, removeTemporaryFolders, run } from '../helpers.ts';

afterAll(removeTemporaryFolders);

/** An article pair: frontmatter with any characters in each file, the same random Markdown in both. */
const pair = fc
  .tuple(validFrontmatter('2025-08-22'), validFrontmatter('2025-08-22'), markdown.filter((body) => body.trim() !== ''))
  .map(([en, zh, body]) => ({ 'en.md': `---\n${en}\n---\n\n${body}\n`, 'zh.md': `---\n${zh}\ntranslationNotice: "x"\n---\n\n${body}\n` }));
const passing = pair.filter((files) => checkContent([{ path: 'a', name: 'a', files }]).length === 0);

describe('building generated articles', { timeout: 120_000 }, () => {
  const articles = Object.fromEntries(fc.sample(passing, { seed: 20_251_201, numRuns: 4 }).map((files, i) => [`generated-${i + 1}`, files]));
  const dir = contentFixture(articles);

  it('passes the content check', async () => {
    const { code, output } = await run(process.execPath, ['src/cli/check.ts'], { CONTENT_DIR: dir });
    expect(output).toContain('4 articles, no problems');
    expect(code).toBe(0);
  });

  it('builds every page, or fails with a problem naming a file, never with another error', async () => {
    const { code, output, outDir } = await build(dir);
    expect(output).not.toMatch(/\b(TypeError|RangeError|SyntaxError|URIError|ReferenceError)\b/);
    if (code !== 0) {
      expect(output).toMatch(/generated-\d\/(en|zh)\.md(:\d+)?: /);
      return;
    }
    for (const slug of Object.keys(articles)) {
      for (const path of [`en/${slug}/index.html`, `zh/${slug}/index.html`, `en/${slug}/bilingual/index.html`, `zh/${slug}/card.png`]) {
        expect(existsSync(join(outDir, path)), path).toBe(true);
      }
    }
  });
});
