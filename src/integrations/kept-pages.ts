/**
 * The pages a build keeps from the build before, linked into the new build rather than copied.
 * Astro's incremental build (`experimental.incrementalBuild`) keeps a copy of each page it renders
 * in its cache folder, and copies the copy into the next build when neither the page's data nor
 * its code changed, unless the page is already in the build's folder. The copies were most of a
 * warm build or a correction (tests/bench/history.md). So, before Astro writes any page, every kept
 * copy is hard-linked into the new build's folder, and Astro finds the pages it keeps already there.
 *
 * Astro writes a page it renders again over its file and over its kept copy, in place: through a
 * link, that would write into the live site's file while the build runs. So, in every build, a
 * page's link and its kept copy are removed as the page is rendered (src/middleware.ts tells,
 * through site/page-files.ts), and Astro writes new files under those names. Once the pages are
 * written, the links to pages this build no longer has (an article removed, a list grown shorter)
 * are removed with the folders they leave empty. A build with `--force` or other code renders
 * every page, and links none; where no link can be made (the cache on another file system), Astro
 * copies as before.
 */
import { rmSync } from 'node:fs';
import { link, mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { codeHash } from '../content/code-hash.ts';
import { onRendering, pageFile } from '../site/page-files.ts';

/** The folder, in Astro's cache folder, of the copies of the pages its incremental build keeps. */
const KEPT = 'dist';

/** The file, in Astro's cache folder, that names the code of the last build that wrote the copies. */
const CODE = 'kept-pages-code';

/** Links every kept page into the build's folder; resolves to the pages linked. */
async function linkKept(kept: string, out: string): Promise<Set<string>> {
  const entries = await readdir(kept, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => relative(kept, join(e.parentPath, e.name)));
  const linked = new Set<string>();
  const folders = new Set<string>();
  for (const file of files) {
    const folder = dirname(join(out, file));
    if (!folders.has(folder)) {
      await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    try {
      await link(join(kept, file), join(out, file));
    } catch (error) {
      // Another file system: Astro copies what it keeps, as it does with no link.
      if ((error as NodeJS.ErrnoException).code === 'EXDEV') break;
      throw error;
    }
    linked.add(file);
  }
  return linked;
}

/** Removes a folder and its parents up to `root` while they are empty. */
async function removeEmpty(folder: string, root: string): Promise<void> {
  for (let dir = folder; dir !== root && dir.startsWith(root); dir = dirname(dir)) {
    if (!(await rmdir(dir).then(() => true, () => false))) return;
  }
}

/**
 * The integration that links the pages kept from the build before into the new build, and
 * releases the files of each page rendered again.
 */
export function keptPages(): AstroIntegration {
  let out = '';
  let kept = '';
  let code = '';
  let base = '/';
  /** The pages linked and not rendered again, so far. */
  let linked = new Set<string>();
  return {
    name: 'kept-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        out = fileURLToPath(config.outDir);
        kept = join(fileURLToPath(config.cacheDir), KEPT);
        code = join(fileURLToPath(config.cacheDir), CODE);
        base = config.base;
      },
      // After Astro has emptied the build's folder, before it renders a page.
      'astro:build:setup': async ({ target }) => {
        if (target !== 'server') return;
        // Every build, linking or not: the kept copy of a page rendered again may be a file of the live site.
        onRendering((pathname) => {
          const file = pageFile(base, pathname);
          if (file === undefined) return;
          if (linked.delete(file)) rmSync(join(out, file), { force: true });
          rmSync(join(kept, file), { force: true });
        });
        // Other code renders every page again (each page's key holds the code's hash).
        const sameCode = (await readFile(code, 'utf8').catch(() => '')) === codeHash();
        if (sameCode && !process.argv.includes('--force')) linked = await linkKept(kept, out);
      },
      // First of the integrations: the others see only this build's pages.
      'astro:build:done': async ({ pages }) => {
        onRendering(undefined);
        for (const { pathname } of pages) linked.delete(pageFile('/', `/${pathname}`)!);
        for (const file of linked) {
          await rm(join(out, file), { force: true });
          await removeEmpty(dirname(join(out, file)), out);
        }
        linked = new Set();
        await writeFile(code, codeHash());
      },
    },
  };
}
