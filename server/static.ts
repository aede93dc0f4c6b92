/**
 * The built app, served as files: the path resolved inside the directory (never outside it), the
 * type by extension, index.html for the root; hashed assets cached for a year. `/join`, the
 * address students type, is sent to the app's code page (`/?view=join`).
 */
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export function serveStatic(dir: string, req: IncomingMessage, res: ServerResponse): void {
  const root = resolve(dir);
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400);
    res.end();
    return;
  }
  // The short address students type (`<address>join`): the app's code page.
  if (path === '/join' || path === '/join/') {
    const lang = new URL(req.url ?? '/', 'http://x').searchParams.get('lang');
    const query = lang && /^[a-z]{2}$/.test(lang) ? `&lang=${lang}` : '';
    res.writeHead(302, { location: `/?view=join${query}`, 'cache-control': 'no-cache' });
    res.end();
    return;
  }
  const file = resolve(join(root, normalize(path === '/' ? '/index.html' : path)));
  if (file !== root && !file.startsWith(root + sep)) {
    res.writeHead(403);
    res.end();
    return;
  }
  let size: number;
  try {
    const s = statSync(file);
    if (!s.isFile()) throw new Error('not a file');
    size = s.size;
  } catch {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': file.includes(`${sep}assets${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
