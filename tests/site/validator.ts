import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';

const vnuJar = fileURLToPath(import.meta.resolve('vnu-jar/build/dist/vnu.jar'));

/** One message of the Nu Html Checker's JSON output. */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/**
 * Returns the errors the Nu Html Checker (vnu.jar, on Java) finds in HTML files, one line each
 * (`file:line: message`); warnings are not errors. All files are checked in one Java run.
 * No message is filtered out: the checker has reported nothing here that browsers accept.
 * @example await validateHtml(['dist/index.html']) // []
 */
export async function validateHtml(files: string[]): Promise<string[]> {
  if (!files.length) return [];
  const { stderr } = await promisify(execFile)('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const { messages } = JSON.parse(stderr) as { messages: VnuMessage[] };
  return messages
    .filter((m) => m.type !== 'info')
    .map((m) => `${m.url ? fileURLToPath(m.url) : '?'}:${m.lastLine ?? '?'}: ${m.message}`);
}
