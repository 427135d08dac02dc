// Serves a built dist/ on 127.0.0.1 the way a careful host would: brotli or gzip when the
// browser accepts it, long caching for hashed assets, and the security headers the README
// recommends (frame-ancestors can only be sent as a header, not set in the page).
// Usage: node serve.mjs DIST PORT
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { join, normalize, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [dist, port] = [process.argv[2], Number(process.argv[3])];
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain',
};
const cache = new Map();

function load(path) {
  if (!cache.has(path)) {
    const raw = readFileSync(path);
    cache.set(path, {
      raw,
      br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
      gzip: gzipSync(raw, { level: 9 }),
    });
  }
  return cache.get(path);
}

createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let rel = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
  if (rel.endsWith('/')) rel += 'index.html';
  const path = join(dist, rel);
  try {
    if (!statSync(path).isFile()) throw new Error('not a file');
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  const body = load(path);
  const accept = req.headers['accept-encoding'] || '';
  const enc = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
  const hashed = /-[0-9a-f]{16}/.test(rel);
  res.writeHead(200, {
    'content-type': TYPES[extname(path)] || 'application/octet-stream',
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'content-security-policy': "frame-ancestors 'self' http://127.0.0.1:*",
    vary: 'accept-encoding',
    ...(enc ? { 'content-encoding': enc } : {}),
  });
  res.end(enc ? body[enc] : body.raw);
}).listen(port, '127.0.0.1', () => console.log(`serving ${dist} on http://127.0.0.1:${port}/`));
