import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { lstat, mkdir, mkdtemp, readdir, readFile, readlink, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addToLock,
  isRunning,
  linkBuild,
  newBuild,
  outputFolders,
  ownerOf,
  releaseLock,
  removeLeftovers,
  restore,
  swap,
  takeLock,
  unwatched,
  type Output,
} from '../../../src/integrations/output.ts';

/** The pid of a process that has ended. */
const endedPid = spawnSync(process.execPath, ['-e', '']).pid;

let folder: string;
let output: Output;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'output-'));
  output = outputFolders(join(folder, 'site'));
  await mkdir(output.builds, { recursive: true });
});
afterEach(() => rm(folder, { recursive: true, force: true }));

/** A whole build in the builds folder, under a name, with an index.html that says which. */
async function makeBuild(name: string): Promise<string> {
  const build = join(output.builds, name);
  await mkdir(build);
  await writeFile(join(build, 'index.html'), name);
  return build;
}

describe('outputFolders', () => {
  it('returns the output folder, its builds folder beside it and the lock', () => {
    expect(outputFolders('/srv/site/dist')).toEqual({
      target: '/srv/site/dist',
      builds: '/srv/site/.dist-builds/dist',
      lock: '/srv/site/.dist-builds/dist/lock',
    });
  });
  it('returns a builds folder of its own for each output folder of a parent', () => {
    expect(outputFolders('/srv/.dist').builds).not.toBe(outputFolders('/srv/dist').builds);
  });
});

describe('unwatched', () => {
  const ignored = (path: string, outDir = 'dist') => unwatched(outDir, '/srv/site').some((glob) => matchesGlob(path, glob));

  it("leaves out the output folder, every build and the benchmarks' results", () => {
    expect(ignored('/srv/site/dist/en/some-article/index.html')).toBe(true);
    expect(ignored('/srv/site/.dist-builds/dist/4242-1767225600000/en/index.html')).toBe(true);
    expect(ignored('/srv/site/.dist-fixtures/zh/index.html')).toBe(true);
    expect(ignored('/srv/site/tests/bench/results/profile-1000/content/a/en.md')).toBe(true);
  });
  it('follows OUT_DIR, inside the project or out of it', () => {
    expect(ignored('/srv/site/public-site/en/index.html', 'public-site')).toBe(true);
    expect(ignored('/srv/www/.dist-builds/site/4242-1767225600000/index.html', '/srv/www/site')).toBe(true);
    expect(ignored('/srv/site/dist/en/index.html', '/srv/www/site')).toBe(false);
  });
  it('watches the code and the content, a fixtures folder too', () => {
    for (const path of ['/srv/site/src/pages/index.astro', '/srv/site/content/articles/a/en.md', '/srv/site/astro.config.ts', '/srv/site/tests/fixtures/articles/a/en.md']) {
      expect(ignored(path)).toBe(false);
    }
  });
});

describe('ownerOf', () => {
  it.each([
    ['4242-1767225600000', 4242],
    ['4242-1767225600000.link', 4242],
    ['4242.lock', 4242],
    ['lock', undefined],
    ['notes.txt', undefined],
  ])('returns the pid %j starts with: %j', (name, pid) => {
    expect(ownerOf(name)).toBe(pid);
  });
});

describe('isRunning', () => {
  it('returns true for this process and its parent', () => {
    expect([isRunning(process.pid), isRunning(process.ppid)]).toEqual([true, true]);
  });
  it('returns false for a process that has ended, and for no pid', () => {
    expect([isRunning(endedPid), isRunning(Number.NaN), isRunning(0)]).toEqual([false, false, false]);
  });
});

describe('takeLock', () => {
  it('returns nothing once it holds the lock, which names this process', async () => {
    expect(await takeLock(output)).toBeUndefined();
    expect(await readFile(output.lock, 'utf8')).toBe(`${process.pid}\n`);
    expect(await readdir(output.builds)).toEqual(['lock']);
  });
  it('returns the pid of the running build that holds the lock, and leaves its lock', async () => {
    await writeFile(output.lock, `${process.ppid}\n`);
    expect(await takeLock(output)).toBe(process.ppid);
    expect(await readFile(output.lock, 'utf8')).toBe(`${process.ppid}\n`);
  });
  it('returns the pid of a process the build added that still runs, when the build itself has ended', async () => {
    await writeFile(output.lock, `${endedPid} ${process.ppid}\n`);
    expect(await takeLock(output)).toBe(process.ppid);
  });
  it.each([
    ['a build that has ended', `${endedPid}`],
    ['a build and its astro that have ended', `${endedPid} ${endedPid}`],
    ['this pid, from before a restart', `${process.pid}`],
  ])('returns nothing and takes over the lock of %s', async (_, pids) => {
    await writeFile(output.lock, `${pids}\n`);
    expect(await takeLock(output)).toBeUndefined();
    expect(await readFile(output.lock, 'utf8')).toBe(`${process.pid}\n`);
  });
});

describe('addToLock', () => {
  it('adds a pid to the lock this process holds, after its own', async () => {
    await takeLock(output);
    await addToLock(output, 4242);
    expect(await readFile(output.lock, 'utf8')).toBe(`${process.pid} 4242\n`);
    expect(await readdir(output.builds)).toEqual(['lock']);
  });
});

describe('releaseLock', () => {
  it('removes the lock this process holds', async () => {
    await takeLock(output);
    await addToLock(output, process.ppid);
    await releaseLock(output);
    expect(existsSync(output.lock)).toBe(false);
  });
  it('leaves the lock of another build', async () => {
    await writeFile(output.lock, `${process.ppid}\n`);
    await releaseLock(output);
    expect(existsSync(output.lock)).toBe(true);
  });
});

describe('newBuild', () => {
  it('returns a new folder named for this process and the time', async () => {
    const build = await newBuild(output);
    expect(build).toMatch(new RegExp(`/${process.pid}-\\d{13}$`));
    expect((await lstat(build)).isDirectory()).toBe(true);
  });
});

describe('swap', () => {
  it('replaces the link to the live build with a link to the new one', async () => {
    for (const name of ['1-1000', '1-2000']) {
      const build = await makeBuild(name);
      await linkBuild(output, build);
      await swap(output, build);
    }
    expect(await readlink(output.target)).toBe('.dist-builds/site/1-2000');
    expect(await readFile(join(output.target, 'index.html'), 'utf8')).toBe('1-2000');
    expect((await readdir(output.builds)).sort()).toEqual(['1-1000', '1-2000']);
  });
  it('moves a plain output folder aside, beside the new build, and links the new one', async () => {
    await mkdir(output.target);
    await writeFile(join(output.target, 'index.html'), 'plain');
    const build = await makeBuild('1-1000');
    await linkBuild(output, build);
    await swap(output, build);
    expect(await readlink(output.target)).toBe('.dist-builds/site/1-1000');
    expect(await readFile(join(output.builds, '1-1000.replaced', 'index.html'), 'utf8')).toBe('plain');
  });
  it('keeps a whole site in the output folder for a reader, at every read, through half a second of swaps', async () => {
    const builds = [await makeBuild('1-1000'), await makeBuild('1-2000')];
    await linkBuild(output, builds[0]!);
    await swap(output, builds[0]!);
    const stop = join(folder, 'stop');
    const reader = spawn(process.execPath, [
      '-e',
      `const fs = require('node:fs');
       const [page, stop] = process.argv.slice(1);
       let reads = 0, misses = 0;
       console.log('reading');
       while (!fs.existsSync(stop)) for (let i = 0; i < 100; i++, reads++) try { fs.readFileSync(page); } catch { misses++; }
       console.log(JSON.stringify({ reads, misses }));`,
      join(output.target, 'index.html'),
      stop,
    ]);
    let printed = '';
    reader.stdout.on('data', (chunk) => (printed += chunk));
    while (!printed.includes('reading')) await new Promise((wait) => setTimeout(wait, 10));
    const end = Date.now() + 500;
    for (let i = 1; Date.now() < end; i++) {
      await linkBuild(output, builds[i % 2]!);
      await swap(output, builds[i % 2]!);
    }
    await writeFile(stop, '');
    await new Promise((done) => reader.on('close', done));
    const { reads, misses } = JSON.parse(printed.slice(printed.indexOf('{')));
    expect(reads).toBeGreaterThan(1000);
    expect(misses).toBe(0);
  });
});

describe('restore', () => {
  it('returns nothing and leaves the output folder when it is there', async () => {
    const build = await makeBuild('1-1000');
    await linkBuild(output, build);
    await mkdir(output.target);
    expect(await restore(output)).toBeUndefined();
    expect((await lstat(output.target)).isDirectory()).toBe(true);
  });
  it('returns the newest linked build and puts its link in place of a missing output folder', async () => {
    for (const name of ['1-1000', '2-3000', '3-2000']) await linkBuild(output, await makeBuild(name));
    expect(await restore(output)).toBe(join(output.builds, '2-3000'));
    expect(await readFile(join(output.target, 'index.html'), 'utf8')).toBe('2-3000');
  });
  it('returns nothing when no build was linked', async () => {
    await makeBuild('1-1000');
    expect(await restore(output)).toBeUndefined();
    expect(existsSync(output.target)).toBe(false);
  });
});

describe('removeLeftovers', () => {
  it('returns and removes what ended builds left, and keeps the live build, running builds and the lock', async () => {
    const live = await makeBuild(`${endedPid}-1000`);
    await linkBuild(output, live);
    await swap(output, live);
    await writeFile(output.lock, `${process.pid}\n`);
    await makeBuild(`${process.ppid}-3000`);
    const ended = await makeBuild(`${endedPid}-2000`);
    await linkBuild(output, ended);
    const left = [
      ended,
      `${ended}.link`,
      join(output.builds, `${endedPid}-4000.replaced`),
      await makeBuild(`${process.pid}-5000`),
      join(output.builds, `${endedPid}.lock`),
      join(output.builds, 'stray'),
      join(folder, '.dist-build-Ab12Cd'),
      join(folder, '.dist-old-Ef34Gh'),
    ];
    await mkdir(join(output.builds, `${endedPid}-4000.replaced`));
    await writeFile(join(output.builds, `${endedPid}.lock`), `${endedPid}\n`);
    await symlink('elsewhere', join(output.builds, 'stray'));
    await mkdir(join(folder, '.dist-build-Ab12Cd'));
    await mkdir(join(folder, '.dist-old-Ef34Gh', 'site'), { recursive: true });

    expect((await removeLeftovers(output)).sort()).toEqual(left.sort());
    expect((await readdir(output.builds)).sort()).toEqual([`${endedPid}-1000`, `${process.ppid}-3000`, 'lock'].sort());
    expect((await readdir(folder)).sort()).toEqual(['.dist-builds', 'site']);
  });
});
