/**
 * `npm run build`: builds the site into a temporary folder beside the output folder (dist, or
 * OUT_DIR) and swaps it in only when the build succeeds, so that a failed build leaves the last
 * good site untouched. Other arguments go to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEnvironment } from '../build/environment.ts';
import { outDir } from '../lib/folders.ts';

const args = process.argv.slice(2);
if (args.some((arg) => arg.startsWith('--outDir'))) {
  console.error('Set the output folder with OUT_DIR=<folder> npm run build, not with --outDir.');
  process.exit(1);
}

const target = resolve(outDir);
const shown = relative(process.cwd(), target) || '.';
const astroPackage = fileURLToPath(import.meta.resolve('astro/package.json'));
const astroBin = join(dirname(astroPackage), JSON.parse(readFileSync(astroPackage, 'utf8')).bin.astro);

/** Runs `astro build` into a folder; resolves to its exit code (a signal counts as a failure). */
function astroBuild(folder: string): Promise<number> {
  const child = spawn(process.execPath, [astroBin, 'build', ...args], {
    stdio: 'inherit',
    env: buildEnvironment({ ...process.env, OUT_DIR: folder }),
  });
  // Ctrl-C or a test runner's SIGTERM stops the build, and this script cleans up after it.
  const stop = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', stop).on('SIGTERM', stop);
  return new Promise((done) => child.on('close', (code) => done(code ?? 1)));
}

const parent = dirname(target);
await mkdir(parent, { recursive: true });
const fresh = await mkdtemp(join(parent, '.dist-build-'));
const code = await astroBuild(fresh);
if (code !== 0) {
  await rm(fresh, { recursive: true, force: true });
  console.error(
    `\nThe build failed; ${existsSync(target) ? `${shown} still holds the last good build` : `nothing was written to ${shown}`}. ` +
      'Fix the error above and build again.',
  );
  process.exit(code);
}
// The swap: the last build moves aside, the new one takes its place, then the last one goes.
const old = existsSync(target) ? join(await mkdtemp(join(parent, '.dist-old-')), 'site') : undefined;
if (old) await rename(target, old);
try {
  await rename(fresh, target);
} catch (error) {
  if (old) await rename(old, target);
  throw error;
}
if (old) await rm(dirname(old), { recursive: true, force: true });
console.log(`\nThe site is in ${shown}.`);
