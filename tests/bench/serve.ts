import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeaders } from '../site/headers.ts';
import { pageFile } from '../../src/site/page-files.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  xml: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
};

/**
 * Serves a built site as a static host does: `index.html` for a directory, `404.html` (or nothing,
 * where the site has none) with status 404 for a missing file, the headers of its `_headers` file,
 * gzip when the browser accepts it.
 * Listens on 127.0.0.1 only.
 */
export async function serve(dir: string, port: number): Promise<Server> {
  const rules = parseHeaders(await readFile(join(dir, '_headers'), 'utf8').catch(() => ''));
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let file = pageFile('/', url.pathname) ?? 'index.html';
    let status = 200;
    let body = await readFile(join(dir, file)).catch(() => undefined);
    if (!body) {
      [file, status] = ['404.html', 404];
      body = await readFile(join(dir, file)).catch(() => Buffer.alloc(0));
    }
    const headers: Record<string, string> = {
      ...headersFor(rules, url.pathname),
      'content-type': TYPES[file.split('.').pop()!] ?? 'application/octet-stream',
    };
    if (/\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(status, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
