/**
 * `npm run build`: builds the site into a new folder beside the output folder (dist, or OUT_DIR)
 * and swaps it in only when the build succeeds. The output folder is a link to the last whole
 * build, replaced in one step (src/integrations/output.ts), so that a failed, killed or second build
 * never leaves it without a whole site, and each build removes what killed ones left. One build
 * at a time writes an output folder: another started meanwhile stops at once, naming the one
 * that runs. Other arguments go to `astro build`.
 *
 * Test hook: BUILD_PAUSE_AT_SWAP=<file> makes the build write its pid to <file> once the new
 * build is whole and linked, just before the swap, and wait there until the file is removed, so
 * that a test can kill it at that moment.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { outDir } from '../content/folders.ts';
import { buildEnvironment } from '../integrations/environment.ts';
import { addToLock, linkBuild, newBuild, outputFolders, releaseLock, removeLeftovers, restore, swap, takeLock } from '../integrations/output.ts';

const args = process.argv.slice(2);
if (args.some((arg) => arg.startsWith('--outDir'))) {
  console.error('Set the output folder with OUT_DIR=<folder> npm run build, not with --outDir.');
  process.exit(1);
}

const output = outputFolders(outDir);
const shown = relative(process.cwd(), output.target) || '.';
const astroPackage = fileURLToPath(import.meta.resolve('astro/package.json'));
const astroBin = join(dirname(astroPackage), JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro);

/**
 * Runs `astro build` into a folder, holding the lock for it too, as it outlives this script when
 * only this one is killed; resolves to its exit code (a signal counts as a failure).
 */
async function astroBuild(folder: string): Promise<number> {
  const child = spawn(process.execPath, [astroBin, 'build', ...args], {
    stdio: 'inherit',
    env: buildEnvironment({ ...process.env, OUT_DIR: folder }),
  });
  const closed = new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  // Ctrl-C or a test runner's SIGTERM stops the build, and this script cleans up after it.
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', stop).on('SIGTERM', stop);
  if (child.pid !== undefined) await addToLock(output, child.pid);
  return closed;
}

/** The test hook: waits at the swap while the file BUILD_PAUSE_AT_SWAP names exists. */
async function pauseAtSwap(): Promise<void> {
  const file = process.env['BUILD_PAUSE_AT_SWAP'];
  if (!file) return;
  await writeFile(file, `${process.pid}\n`);
  while (existsSync(file)) await sleep(50);
}

/** Builds and swaps the new build in, holding the lock; resolves to the exit code. */
async function build(): Promise<number> {
  if (await restore(output)) console.log(`${shown} was missing, as a build was killed during its swap; it now holds the whole site that build made.`);
  await removeLeftovers(output);
  const fresh = await newBuild(output);
  const code = await astroBuild(fresh);
  if (code !== 0) {
    await rm(fresh, { recursive: true, force: true });
    console.error(
      `\nThe build failed; ${existsSync(output.target) ? `${shown} still holds the last good build` : `nothing was written to ${shown}`}. ` +
        'Fix the error above and build again.',
    );
    return code;
  }
  await linkBuild(output, fresh);
  await pauseAtSwap();
  await swap(output, fresh);
  await removeLeftovers(output);
  console.log(`\nThe site is in ${shown}.`);
  return 0;
}

const holder = await takeLock(output);
if (holder !== undefined) {
  console.error(
    `Another build (pid ${holder}) is writing ${shown}; this one stops and leaves ${shown} as it is. ` +
      `Build again once that one has finished (if no build is running, delete ${relative(process.cwd(), output.lock)}).`,
  );
  process.exit(1);
}
try {
  process.exitCode = await build();
} finally {
  await releaseLock(output);
}
