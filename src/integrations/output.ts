/**
 * The output folder (dist, or OUT_DIR) is a symbolic link to the last whole build. Builds are
 * written beside it, in `.dist-builds/<its name>/`, and one is swapped in by renaming a new link
 * over the output folder: rename(2) replaces the old link in one step, so at every instant the
 * output folder is the last good site or the new one, for a reader as for a server.
 *
 * Every name in the builds folder but the lock starts with the pid of the build that made it:
 * `<pid>-<time>` a build, `<pid>-<time>.link` its link before the swap, `<pid>-<time>.replaced` a
 * plain output folder moved aside by the first swap, `<pid>.lock` a lock being written. A build
 * removes what belongs neither to the live build nor to a running build.
 */
import { link, lstat, mkdir, readdir, readFile, readlink, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** The paths of an output folder and its builds. */
export interface Output {
  /** The output folder, absolute: the link to the live build. */
  target: string;
  /** Its builds folder: every build, the links waiting to be swapped in, the lock. */
  builds: string;
  /** The lock, held by the one build that writes this output folder. */
  lock: string;
}

/**
 * The paths of an output folder and its builds.
 * @example outputFolders('/site/dist') // { target: '/site/dist', builds: '/site/.dist-builds/dist', lock: '/site/.dist-builds/dist/lock' }
 */
export function outputFolders(outDir: string): Output {
  const target = resolve(outDir);
  const builds = join(dirname(target), '.dist-builds', basename(target));
  return { target, builds, lock: join(builds, 'lock') };
}

/**
 * What the dev server does not watch, as globs: the output folder and every build beside it (the
 * output folder is a link to one; at 10,000 article pairs a build is 267,587 files and folders,
 * which the watcher would walk and watch at every start), the project's other output folders
 * (`.dist-*`, as the tests name theirs) and the benchmarks' results.
 * @example unwatched('dist', '/site') // ['/site/dist/**', '/site/.dist-builds/**', …]
 */
export function unwatched(outDir: string, root: string): string[] {
  const { target, builds } = outputFolders(resolve(root, outDir));
  return [target, dirname(builds), join(root, '.dist-*'), join(root, 'tests/bench/results')].map((folder) => `${folder}/**`);
}

/** Whether a process with this pid runs (as this user or another). */
export function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The pid that a name in the builds folder starts with, or undefined.
 * @example ownerOf('4242-1767225600000.link') // 4242
 */
export function ownerOf(name: string): number | undefined {
  const pid = /^(\d+)[-.]/.exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/** The pids a lock names: its build's first, then the processes the build added. */
async function lockHolders(output: Output): Promise<number[]> {
  const text = await readFile(output.lock, 'utf8').catch(() => '');
  return text.split(/\s+/).filter(Boolean).map(Number);
}

/** The file this process writes a lock's text to before it becomes the lock. */
function lockDraft(output: Output): string {
  return join(output.builds, `${process.pid}.lock`);
}

/**
 * Takes the output folder's lock for this process. Resolves to undefined once it holds it, or to
 * the pid of a running process of the build that holds it. A lock left by a build none of whose
 * processes runs (killed, or before a restart) is taken over. The lock file appears with its pid
 * already in it (a hard link to a file written first), so that no build ever reads a lock without
 * its holder. Two builds that find the same dead lock at the same instant may both take it over;
 * as each writes its own build and removes none of a running build's, the output folder still
 * stays whole.
 */
export async function takeLock(output: Output): Promise<number | undefined> {
  await mkdir(output.builds, { recursive: true });
  const mine = lockDraft(output);
  await writeFile(mine, `${process.pid}\n`);
  try {
    for (;;) {
      try {
        await link(mine, output.lock);
        return undefined;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const running = (await lockHolders(output)).find((pid) => pid !== process.pid && isRunning(pid));
      if (running !== undefined) return running;
      await rm(output.lock, { force: true });
    }
  } finally {
    await rm(mine, { force: true });
  }
}

/**
 * Adds a process of this build (its `astro build`) to the lock this process holds, so that the
 * lock stays held while that process runs, even when this one is killed.
 */
export async function addToLock(output: Output, pid: number): Promise<void> {
  const draft = lockDraft(output);
  await writeFile(draft, `${[...(await lockHolders(output)), pid].join(' ')}\n`);
  await rename(draft, output.lock);
}

/** Releases the lock this process holds. */
export async function releaseLock(output: Output): Promise<void> {
  if ((await lockHolders(output))[0] === process.pid) await rm(output.lock, { force: true });
}

/** The name, in the builds folder, of the build the output folder links to; undefined when it is not a link there. */
async function liveBuild(output: Output): Promise<string | undefined> {
  const text = await readlink(output.target).catch(() => undefined);
  if (text === undefined) return undefined;
  const build = resolve(dirname(output.target), text);
  return dirname(build) === output.builds ? basename(build) : undefined;
}

/**
 * Puts the output folder back when a build was killed between the two renames of a first swap
 * (see `swap`): the link it had made to its whole build becomes the output folder. Resolves to that
 * build's path, or undefined when there was nothing to put back.
 */
export async function restore(output: Output): Promise<string | undefined> {
  if (await lstat(output.target).catch(() => undefined)) return undefined;
  const links = (await readdir(output.builds).catch(() => [])).filter((name) => name.endsWith('.link'));
  // Names are <pid>-<time>.link: the newest build first.
  const newest = links.sort((a, b) => Number(b.split(/[-.]/)[1]) - Number(a.split(/[-.]/)[1]))[0];
  if (newest === undefined) return undefined;
  await rename(join(output.builds, newest), output.target);
  return join(output.builds, newest.slice(0, -'.link'.length));
}

/**
 * Removes what earlier builds left: in the builds folder, every name that belongs neither to the
 * live build nor to a running build (other than this one), and beside the output folder, the
 * `.dist-build-*` and `.dist-old-*` folders of the swap that renamed folders. Resolves to the paths removed.
 */
export async function removeLeftovers(output: Output): Promise<string[]> {
  const live = await liveBuild(output);
  const parent = dirname(output.target);
  const leftovers = [
    ...(await readdir(output.builds).catch(() => []))
      .filter((name) => name !== 'lock' && name !== live)
      .filter((name) => {
        const owner = ownerOf(name);
        return owner === undefined || owner === process.pid || !isRunning(owner);
      })
      .map((name) => join(output.builds, name)),
    ...(await readdir(parent))
      .filter((name) => name.startsWith('.dist-build-') || name.startsWith('.dist-old-'))
      .map((name) => join(parent, name)),
  ];
  // Links first, so that a link left behind (by a build killed here) always leads to a whole build.
  const remove = (paths: string[]) => Promise.all(paths.map((path) => rm(path, { recursive: true, force: true })));
  await remove(leftovers.filter((path) => path.endsWith('.link')));
  await remove(leftovers.filter((path) => !path.endsWith('.link')));
  return leftovers;
}

/** Makes the folder of a new build, named for this process and the time, and resolves to its path. */
export async function newBuild(output: Output): Promise<string> {
  const build = join(output.builds, `${process.pid}-${Date.now()}`);
  await mkdir(build, { recursive: true });
  return build;
}

/** Makes the link to a whole build (`<build>.link`, relative, as the output folder will hold it), ready for `swap`. */
export async function linkBuild(output: Output, build: string): Promise<void> {
  await symlink(relative(dirname(output.target), build), `${build}.link`, 'dir');
}

/**
 * Swaps a build in: its link (see `linkBuild`) is renamed over the output folder, in one step.
 * An output folder that is still a plain folder (from before builds were links) cannot be
 * replaced by a link in one step: it is moved aside first, and for the instant between the two
 * renames there is no output folder. A build killed there leaves its link, which `restore` puts
 * in place.
 */
export async function swap(output: Output, build: string): Promise<void> {
  if ((await lstat(output.target).catch(() => undefined))?.isDirectory()) {
    await rename(output.target, `${build}.replaced`);
  }
  await rename(`${build}.link`, output.target);
}
