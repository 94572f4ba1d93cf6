/**
 * `npm run check`: finds what an editor can get wrong in the content folder and says, for each
 * problem, the file, the line and the fix. The build runs it first.
 */
import { checkContent } from '../lib/content-check.ts';
import { unpublishedHtml } from '../markdown/pipeline.ts';
import type { Removal } from '../markdown/rehype-safe-html.ts';
import { readContent } from './content.ts';

const { folders, problems: unreadable } = readContent();
// Raw HTML is judged by the build's own sanitiser, run on each file.
const removed = new Map<string, Removal[]>();
for (const folder of folders) {
  for (const [file, text] of Object.entries(folder.files)) {
    const path = `${folder.path}/${file}`;
    removed.set(path, await unpublishedHtml(path, text));
  }
}
const problems = [...unreadable, ...checkContent(folders, removed)];
if (problems.length) {
  console.error(`Content check: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Content check: ${folders.length} article${folders.length === 1 ? '' : 's'}, no problems.`);
