import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Puts a cached file into the site: a hard link, as the site's folder is new each build and a
 * cached file is never rewritten (a new one is renamed in); a copy where a link cannot be made
 * (the cache on another file system).
 */
export async function linkFile(file: string, target: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  await link(file, target).catch(() => copyFile(file, target));
}
