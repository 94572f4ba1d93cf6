/**
 * `npm run check`: finds what an editor can get wrong in the content folder and says, for each
 * problem, the file, the line and the fix. The build runs it first.
 */
import { checkContent } from '../lib/content-check.ts';
import { readContent } from './content.ts';

const { folders, problems: unreadable } = readContent();
const problems = [...unreadable, ...checkContent(folders)];
if (problems.length) {
  console.error(`Content check: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Content check: ${folders.length} article${folders.length === 1 ? '' : 's'}, no problems.`);
