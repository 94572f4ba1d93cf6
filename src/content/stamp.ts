import { createHash } from 'node:crypto';
import { withoutSentenceMarks } from './sentence-mark.ts';

/**
 * A short hash of an original's text (its title and body), written into a translation's
 * frontmatter as `originalHash` when the translation is made. Line endings and trailing
 * spaces do not count, so an editor's tools cannot make a translation stale by themselves,
 * and neither do sentence marks (sentence-marks.ts), which change no text.
 * @example textHash('Title', 'Body.\n') // e.g. "3f9a0c41d2"
 */
export function textHash(title: string, body: string): string {
  const text = `${title.trim()}\n\n${withoutSentenceMarks(body).trim()}`.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}

/** The sections of a Markdown body, keyed by their heading line (`''` for the text before the first heading). */
export function markdownSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  let heading = '';
  let lines: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^#{2,6}\s/.test(line)) {
      sections.set(heading, lines.join('\n').trim());
      heading = line.replace(/^#+\s+/, '').trim();
      lines = [];
    } else lines.push(line);
  }
  sections.set(heading, lines.join('\n').trim());
  return sections;
}

/**
 * The sections of the original that differ between two versions of its body: changed, added or removed.
 * @example changedSections('## A\nx', '## A\ny\n## B\nz') // ['A', 'B']
 */
export function changedSections(before: string, after: string): string[] {
  const a = markdownSections(before);
  const b = markdownSections(after);
  const names = [...new Set([...b.keys(), ...a.keys()])];
  return names.filter((name) => a.get(name) !== b.get(name)).map((name) => name || '(introduction)');
}

/**
 * A Markdown file with one top-level frontmatter field set (replaced where it is, else added at the end).
 * @example setField('---\ntitle: x\n---\nBody', 'originalHash', '"abc"') // '---\ntitle: x\noriginalHash: "abc"\n---\nBody'
 */
export function setField(text: string, key: string, value: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match) throw new Error('the file has no frontmatter (a block between --- lines at the top)');
  const lines = match[1]!.split(/\r?\n/);
  const at = lines.findIndex((line) => line.startsWith(`${key}:`));
  if (at >= 0) lines[at] = `${key}: ${value}`;
  else lines.push(`${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---${text.slice(match[0].length)}`;
}
