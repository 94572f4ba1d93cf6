import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { notesReferenced, noteId, putFootnotes, referenceId, takeFootnotes } from '../../../src/markdown/footnotes.ts';

/** A Markdown text as remark-rehype hands it to the site's plugins (Astro's defaults: raw HTML kept). */
function markdownTree(markdown: string): Root {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true });
  return processor.runSync(processor.parse(markdown)) as Root;
}

const labels = { title: 'Notes', back: 'Back to reference {n}' };
const text = 'One[^a] and two[^b].\n\nOne again[^a].\n\n[^a]: Note A.\n\n[^b]: Note B.\n';

describe('noteId and referenceId', () => {
  it('returns ids with a colon, which no heading slug has, numbering repeated references', () => {
    expect([noteId(2), referenceId(2, 1), referenceId(2, 3)]).toEqual(['fn:2', 'fnref:2', 'fnref:2:3']);
  });
});

describe('notesReferenced', () => {
  it('returns the numbers of the notes the links lead to, not back-links or other links', () => {
    expect(notesReferenced(['#fn:1', '/en/a/', '#fn:2', '#fnref:1', '#fn:notes'])).toEqual([1, 2]);
  });
});

describe('takeFootnotes', () => {
  it('returns the references by position and the notes without back-links, leaving the tree without ids or data-*', () => {
    const tree = markdownTree(text);
    const { references, notes } = takeFootnotes(tree);
    expect([...references.values()]).toEqual([
      { n: 1, k: 1 },
      { n: 2, k: 1 },
      { n: 1, k: 2 },
    ]);
    expect([...references.keys()]).toEqual([text.indexOf('[^a]'), text.indexOf('[^b]'), text.indexOf('again[^a]') + 'again'.length]);
    expect(notes.map((note) => toHtml(note).trim())).toEqual(['<p>Note A.</p>', '<p>Note B.</p>']);
    expect(toHtml(tree)).toBe('<p>One<sup><a>1</a></sup> and two<sup><a>2</a></sup>.</p>\n<p>One again<sup><a>1</a></sup>.</p>\n');
  });
  it('returns nothing for a text without footnotes', () => {
    expect(takeFootnotes(markdownTree('Plain.'))).toEqual({ references: new Map(), notes: [] });
  });
});

describe('putFootnotes', () => {
  it('returns references linked to their notes and notes linked back to each reference, with the site’s ids', () => {
    const tree = markdownTree(text);
    const footnotes = takeFootnotes(tree);
    putFootnotes(tree, footnotes, labels);
    expect(toHtml(tree)).toBe(
      '<p>One<sup><a href="#fn:1" id="fnref:1" aria-describedby="fn:notes">1</a></sup> and two<sup><a href="#fn:2" id="fnref:2" aria-describedby="fn:notes">2</a></sup>.</p>\n' +
        '<p>One again<sup><a href="#fn:1" id="fnref:1:2" aria-describedby="fn:notes">1</a></sup>.</p>\n' +
        '\n<section class="footnotes"><h2 id="fn:notes" class="visually-hidden">Notes</h2><ol>' +
        '<li id="fn:1">\n<p>Note A. <a href="#fnref:1" aria-label="Back to reference 1">↩\uFE0E</a> <a href="#fnref:1:2" aria-label="Back to reference 1-2">↩\uFE0E<sup>2</sup></a></p>\n</li>' +
        '<li id="fn:2">\n<p>Note B. <a href="#fnref:2" aria-label="Back to reference 2">↩\uFE0E</a></p>\n</li>' +
        '</ol></section>',
    );
  });
  it('returns the same ids whatever the labels the file gives its notes', () => {
    const tree = markdownTree('一[^来源]。\n\n[^来源]: 出处。\n');
    putFootnotes(tree, takeFootnotes(tree), { title: '注释', back: '返回引用 {n}' });
    expect(toHtml(tree)).toContain('<a href="#fn:1" id="fnref:1" aria-describedby="fn:notes">1</a>');
    expect(toHtml(tree)).toContain('<li id="fn:1">\n<p>出处。 <a href="#fnref:1" aria-label="返回引用 1">');
  });
});
