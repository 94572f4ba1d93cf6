/**
 * Property tests: whatever an editor writes, the content check and the pairing report problems
 * that name a file, and never fail otherwise.
 */
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treeBlocks, type Block } from '../../../src/alignment/blocks.ts';
import { pairBlocks, PairingError, sectionId } from '../../../src/alignment/pairing.ts';
import { checkContent, checkFile, namelessHeadings, type ArticleFolder } from '../../../src/content/check.ts';
import { markdownOptions, markdownTree } from '../../../src/markdown/pipeline.ts';
import { anyText, frontmatter, markdown } from '../../arbitraries.ts';
import { fileBlocks } from '../../helpers.ts';

const file = fc.tuple(frontmatter, markdown).map(([fields, body]) => `---\n${fields}\n---\n\n${body}\n`);
const folder = (name: string, files: Record<string, string>): ArticleFolder => ({ path: `content/articles/${name}`, name, files });

describe('checkFile', () => {
  it('returns only problems that name the file, for any frontmatter and Markdown', () => {
    fc.assert(
      fc.property(fc.oneof(file, anyText(200)), (text) => {
        for (const name of ['en.md', 'zh.md']) {
          for (const problem of checkFile(folder('a', {}), name, text)) expect(problem).toMatch(new RegExp(`^content/articles/a/${name}(:\\d+)?: \\S`));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkContent', () => {
  it('returns only problems that name a folder or a file of it, for any folders and files', () => {
    const files = fc.dictionary(fc.oneof(fc.constantFrom('en.md', 'zh.md', 'fr.md'), anyText(6).map((name) => `${name}.md`)), file, { maxKeys: 3 });
    const folders = fc.array(fc.tuple(fc.oneof(fc.constantFrom('an-article', 'Same', 'same'), anyText(10)), files), { maxLength: 3 });
    fc.assert(
      fc.property(folders, (list) => {
        const content = list.map(([name, texts]) => folder(name, texts));
        for (const problem of checkContent(content)) {
          expect(content.some((f) => problem.startsWith(`${f.path}:`) || problem.startsWith(`${f.path}/`))).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});

const tree = markdownTree('/', () => {});
/** A file with a Markdown body, rendered as the build renders it. */
async function render(name: string, body: string) {
  const text = `---\ntitle: x\n---\n\n${body}\n`;
  return { file: `a/${name}`, blocks: treeBlocks(await tree(parseFrontmatter(text).content, `/site/a/${name}`)), source: () => text };
}

describe('markdownTree', () => {
  it('gives the blocks of the HTML Astro’s processor writes with the same options, parsed again, for any Markdown', async () => {
    const processor = await createMarkdownProcessor({ ...markdownOptions('/', () => {}), syntaxHighlight: false });
    await fc.assert(
      fc.asyncProperty(markdown, fc.constantFrom('en.md', 'zh.md'), async (body, name) => {
        const { code } = await processor.render(body, { fileURL: new URL(`file:///site/a/${name}`) });
        expect(treeBlocks(await tree(body, `/site/a/${name}`))).toEqual(fileBlocks(code));
      }),
      { numRuns: 500 },
    );
  });
});

describe('namelessHeadings', () => {
  it('returns a heading exactly when the pairing finds a top-level heading without an id, for any Markdown', async () => {
    // Raw HTML left open (`<b>`) can carry a heading off the top level of the page: left out here.
    await fc.assert(
      fc.asyncProperty(
        markdown.filter((body) => !body.includes('<')),
        async (body) => {
          const original = await render('en.md', body);
          const refused = original.blocks.some((block) => /^h[1-6]$/.test(block.tag) && !sectionId(block.ownId, block.text));
          const found = namelessHeadings(parseFrontmatter(original.source(), { frontmatter: 'empty-with-spaces' }).content);
          expect(found.length > 0).toBe(refused);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('pairBlocks', () => {
  it('returns blocks with valid, unique ids shared by both languages, or throws a PairingError naming a file, for any Markdown', async () => {
    // The same body twice lines up, unless a heading has no id; two bodies seldom do.
    const pair = fc.oneof(markdown.map((body) => [body, body] as const), fc.tuple(markdown, markdown));
    await fc.assert(
      fc.asyncProperty(pair, async ([en, zh]) => {
        const original = await render('en.md', en);
        const translation = await render('zh.md', zh);
        let paired: { original: Block[]; translation: Block[] };
        try {
          paired = pairBlocks(original, translation);
        } catch (error) {
          expect(error).toBeInstanceOf(PairingError);
          expect((error as Error).message).toMatch(/^a\/(en|zh)\.md\b/);
          return;
        }
        const ids = paired.original.map((b) => b.id);
        expect(paired.translation.map((b) => b.id)).toEqual(ids);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[^\s-](?:\S*[^\s-])?$/);
      }),
      { numRuns: 60 },
    );
  });
});
