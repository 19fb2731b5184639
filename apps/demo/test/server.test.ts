import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, chooseEncoding, serveDemo } from '../server.mjs';

let dir: string;
let server: { url: string; close: () => Promise<void> };
const SCRIPT = `export const rows = [${Array.from({ length: 400 }, (_, i) => `'row ${i}'`).join(', ')}];\n`;

beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'placewise-serve-'));
  dir = join(root, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(dir, 'assets', 'index-CXt2UWy4.js'), SCRIPT);
  writeFileSync(
    join(dir, 'assets', 'light-94a07e06a1-v2-BOcx8fK3.woff2'),
    Buffer.from([0x77, 0x4f, 0x46, 0x32]),
  );
  writeFileSync(join(root, 'secret.txt'), 'outside');
  server = await serveDemo({ dir, port: 0 });
});

afterAll(async () => {
  await server.close();
  rmSync(join(dir, '..'), { recursive: true, force: true });
});

/** A raw GET with the path exactly as written (fetch would normalise or reject it), over loopback. */
function rawGet(path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(server.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = httpRequest({ host: hostname, port, path, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('serveDemo', () => {
  it('serves the page on 127.0.0.1 with the strict Content-Security-Policy', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    // No inline script and no eval of script: `'wasm-unsafe-eval'` allows compiling WebAssembly only.
    expect(CONTENT_SECURITY_POLICY).not.toContain("'unsafe-");
    expect(CONTENT_SECURITY_POLICY.replace("'wasm-unsafe-eval'", '')).not.toContain('unsafe');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('serves assets with their type, and the CSP on every response', async () => {
    const response = await fetch(`${server.url}assets/app.js`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const missing = await fetch(`${server.url}nope.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never serves a file outside its folder', async () => {
    for (const path of ['../secret.txt', '..%2fsecret.txt', '%2e%2e/secret.txt']) {
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });

  it('answers only GET and HEAD', async () => {
    expect((await fetch(server.url, { method: 'POST', body: 'x' })).status).toBe(405);
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
  });

  it('answers malformed percent-escapes with 400 and keeps serving', async () => {
    for (const path of ['/%', '/%zz', '/%C0', '/assets/%E0%A4%A', '/%00']) {
      const response = await rawGet(path);
      expect(response.status, path).toBe(400);
      expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('answers a malformed request line with 400 and keeps serving', async () => {
    const { hostname, port } = new URL(server.url);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), hostname, () => socket.write('GET /\x7f%% HTTP/9\r\n\r\n'));
      let text = '';
      socket.on('data', (d) => {
        text += d.toString();
      });
      socket.on('close', () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(server.url)).status).toBe(200);
  });

  it('compresses text with brotli or gzip, as the browser accepts, and not fonts', async () => {
    const path = '/assets/index-CXt2UWy4.js';
    const br = await rawGet(path, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toBe('Accept-Encoding');
    expect(br.body.length).toBeLessThan(SCRIPT.length / 3);
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT);

    const gzip = await rawGet(path, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString()).toBe(SCRIPT);

    const plain = await rawGet(path, {});
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);

    const font = await rawGet('/assets/light-94a07e06a1-v2-BOcx8fK3.woff2', { 'accept-encoding': 'br' });
    expect(font.headers['content-encoding']).toBeUndefined();
  });

  it('caches hashed assets as immutable and revalidates everything else with an ETag', async () => {
    const asset = await rawGet('/assets/index-CXt2UWy4.js', { 'accept-encoding': 'br' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await rawGet('/', { 'accept-encoding': 'br' });
    expect(page.headers['cache-control']).toBe('no-cache');
    const unhashed = await rawGet('/assets/app.js');
    expect(unhashed.headers['cache-control']).toBe('no-cache');

    const etag = String(asset.headers.etag);
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+-br"$/);
    const again = await rawGet('/assets/index-CXt2UWy4.js', {
      'accept-encoding': 'br',
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    // The gzip body is a different representation, so it has its own tag.
    const gzip = await rawGet('/assets/index-CXt2UWy4.js', {
      'accept-encoding': 'gzip',
      'if-none-match': etag,
    });
    expect(gzip.status).toBe(200);
  });
});

describe('chooseEncoding', () => {
  it('prefers brotli, then gzip, and honours q=0', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
    expect(chooseEncoding('gzip')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.5')).toBe('gzip');
    expect(chooseEncoding('*')).toBe('br');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
