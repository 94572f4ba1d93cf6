import { spawn } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The project's root, where npm scripts run. */
export const root = new URL('..', import.meta.url).pathname;

/** The fixture's article, a pair trimmed from the real content. */
export const fixtureSlug = 'counterterrorism-champions';

/** A fresh temporary folder (`folder`) holding a copy of the fixture articles (`articles`). */
export async function fixtureCopy(): Promise<{ folder: string; articles: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'bilingual-articles-'));
  const articles = join(folder, 'articles');
  await cp(new URL('fixtures/articles', import.meta.url), articles, { recursive: true });
  return { folder, articles };
}

/** Runs a command in the project's root; resolves to its exit code and everything it printed. */
export function run(command: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((done) => child.on('close', (code) => done({ code: code ?? 1, output })));
}
