/**
 * `npm run check`: finds what an editor can get wrong in the content folder and says, for each
 * problem, the file, the line and the fix. The build runs it first. Phrase overrides of the
 * Traditional Chinese conversion that match nothing are reported too, as warnings: they change
 * nothing on the site.
 */
import { checkContent } from '../content/check.ts';
import { contentDir, overridesFileFor } from '../content/folders.ts';
import type { Removal } from '../content/removals.ts';
import { checkTraditional } from '../editions/traditional-overrides.ts';
import { unpublishedHtml } from '../markdown/pipeline.ts';
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
const traditional = checkTraditional(folders, overridesFileFor(contentDir));
const problems = [...unreadable, ...checkContent(folders, removed), ...traditional.problems];
if (traditional.warnings.length)
  console.warn(
    `Content check: ${traditional.warnings.length} warning${traditional.warnings.length > 1 ? 's' : ''}\n\n${traditional.warnings.join('\n')}\n`,
  );
if (problems.length) {
  console.error(`Content check: ${problems.length} problem${problems.length > 1 ? 's' : ''}\n\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Content check: ${folders.length} article${folders.length === 1 ? '' : 's'}, no problems.`);
