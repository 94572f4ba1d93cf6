/**
 * `npm run check`: finds what an editor can get wrong in the content folder and says, for each
 * problem, the file, the line and the fix. The build runs it first. Phrase overrides of the
 * Traditional Chinese conversion that match nothing are reported too, as warnings: they change
 * nothing on the site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../content/check.ts';
import { codeHash } from '../content/code-hash.ts';
import { basePath, cacheDirFor, contentDir, overridesFileFor } from '../content/folders.ts';
import type { Removal } from '../content/removals.ts';
import { checkTraditional } from '../editions/traditional-overrides.ts';
import { unpublishedHtml } from '../markdown/pipeline.ts';
import { readContent } from './content.ts';

const { folders, problems: unreadable } = readContent();
// Raw HTML is judged by the build's own sanitiser, run on each file. What it removed from each
// file is kept between checks, under a hash of the code, the file's path and its text: the check
// after an edit renders only the files that changed (most of its time, with thousands of files).
const keptFile = join(cacheDirFor(contentDir, basePath), 'check', 'removals.json');
let kept: Record<string, Removal[]> = {};
try {
  kept = JSON.parse(readFileSync(keptFile, 'utf8'));
} catch {
  // None kept yet.
}
const keep: Record<string, Removal[]> = {};
const removed = new Map<string, Removal[]>();
for (const folder of folders) {
  for (const [file, text] of Object.entries(folder.files)) {
    const path = `${folder.path}/${file}`;
    const key = createHash('sha256').update(`${codeHash()}\0${path}\0`).update(text).digest('hex');
    keep[key] = kept[key] ?? (await unpublishedHtml(path, text));
    removed.set(path, keep[key]);
  }
}
try {
  mkdirSync(join(keptFile, '..'), { recursive: true });
  writeFileSync(`${keptFile}.${process.pid}`, JSON.stringify(keep));
  renameSync(`${keptFile}.${process.pid}`, keptFile);
} catch {
  // A cache folder that cannot be written: the next check reads every file again.
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
