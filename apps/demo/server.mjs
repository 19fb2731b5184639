// A small static server for the built demo: `pnpm demo` and the browser tests both use it, so what the
// tests check (the Content-Security-Policy header, no outside requests) is what people run.
// Every request is answered (a malformed path with 400) and none can stop the process. Text files go out
// compressed (brotli or gzip, as the browser accepts) with an ETag; Vite's content-hashed assets are
// cached for a year as immutable, everything else is revalidated.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The policy a page can carry in a `<meta>` tag: nothing but its own origin, no inline script or style.
 * `'wasm-unsafe-eval'` lets the page compile WebAssembly (the forecast's inner loops) and nothing else: it
 * allows no `eval` of script and no request anywhere.
 */
export const META_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** The demo's Content-Security-Policy header: the meta policy, and no framing by any site. */
export const CONTENT_SECURITY_POLICY = `${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;

/** Headers sent with every response (also used by `vite preview`). */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** Types worth compressing (fonts and images are compressed already). */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.map']);

/** Vite's output names: `assets/name-<8 or more hash characters>.ext`. */
const HASHED_ASSET = /^\/assets\/.+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** The built demo, next to this file. */
export const DIST_DIR = fileURLToPath(new URL('./dist/', import.meta.url));

/**
 * Which encoding to send for an `Accept-Encoding` header: brotli, then gzip, else none.
 * @param {string | undefined} header
 * @returns {'br' | 'gzip' | undefined}
 */
export function chooseEncoding(header) {
  const accepted = new Map();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name, q ? Number(q.slice(2)) : 1);
  }
  /** @param {string} name */
  const wants = (name) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (wants('br')) return 'br';
  if (wants('gzip')) return 'gzip';
  return undefined;
}

/**
 * The request's path decoded, or `undefined` when it is malformed (a bad percent-escape such as `/%`,
 * `/%zz` or the overlong `/%C0`, or a NUL byte).
 * @param {string | undefined} url
 */
function decodePath(url) {
  try {
    const path = decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
    return path.includes('\0') ? undefined : path;
  } catch {
    return undefined;
  }
}

/**
 * Serves `dir` on 127.0.0.1 with the security headers; resolves to the server and its URL.
 * @param {{ dir?: string, port?: number, host?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDemo(options = {}) {
  const dir = options.dir ?? DIST_DIR;
  const host = options.host ?? '127.0.0.1';
  /** Encoded bodies and ETags by file, kept while the file's size and mtime are unchanged. */
  const cache = new Map();

  /** @param {string} file @param {import('node:fs').Stats} found @param {'br' | 'gzip' | undefined} encoding */
  async function body(file, found, encoding) {
    const key = `${file}\0${encoding ?? ''}`;
    const hit = cache.get(key);
    if (hit && hit.mtimeMs === found.mtimeMs && hit.size === found.size) return hit;
    const raw = await readFile(file);
    const bytes =
      encoding === 'br'
        ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
        : encoding === 'gzip'
          ? gzipSync(raw, { level: 9 })
          : raw;
    const hash = createHash('sha256').update(raw).digest('base64url').slice(0, 22);
    const entry = {
      bytes,
      etag: `"${hash}${encoding ? `-${encoding}` : ''}"`,
      mtimeMs: found.mtimeMs,
      size: found.size,
    };
    cache.set(key, entry);
    return entry;
  }

  /** @param {import('node:http').IncomingMessage} request @param {import('node:http').ServerResponse} response */
  async function handle(request, response) {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const path = decodePath(request.url);
    if (path === undefined) {
      response.writeHead(400, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    const inside = file.startsWith(dir.endsWith(sep) ? dir : `${dir}${sep}`);
    const found = inside ? await stat(file).catch(() => undefined) : undefined;
    if (!found?.isFile()) {
      response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const type = extname(file);
    const compressible = COMPRESSIBLE.has(type);
    const encoding = compressible ? chooseEncoding(request.headers['accept-encoding']) : undefined;
    const { bytes, etag } = await body(file, found, encoding);
    const headers = {
      ...SECURITY_HEADERS,
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Cache-Control': HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ETag: etag,
      ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
    };
    const match = request.headers['if-none-match'];
    if (match?.split(',').some((/** @type {string} */ tag) => tag.trim().replace(/^W\//, '') === etag)) {
      response.writeHead(304, headers).end();
      return;
    }
    response.writeHead(200, {
      ...headers,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
      'Content-Length': bytes.length,
    });
    response.end(request.method === 'HEAD' ? undefined : bytes);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // A request that fails for any other reason (a file removed mid-read) is still answered.
      if (!response.headersSent)
        response.writeHead(500, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' });
      response.end();
    });
  });
  // A malformed request line is answered 400 by Node itself; never let one end the process.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host}:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
