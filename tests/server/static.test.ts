// @vitest-environment node
/**
 * The built app as the relay serves it (server/static.ts): files inside the directory only, the
 * root's index.html, and `/join` — the address students type — sent to the code page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serveStatic } from '../../server/static';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bptt-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'a-1234.js'), 'console.log(1)');
  server = createServer((req, res) => serveStatic(dir, req, res));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

describe('serveStatic', () => {
  it('sends /join to the code page (302 to /?view=join)', async () => {
    for (const path of ['/join', '/join/']) {
      const r = await get(path);
      expect(r.status).toBe(302);
      expect(r.headers.get('location')).toBe('/?view=join');
    }
  });

  it("keeps a link's language on the way, and nothing else", async () => {
    expect((await get('/join?lang=ru')).headers.get('location')).toBe('/?view=join&lang=ru');
    expect((await get('/join?lang=%22%3E')).headers.get('location')).toBe('/?view=join');
    expect((await get('/join?host=x')).headers.get('location')).toBe('/?view=join');
  });

  it('serves the root, the assets, and nothing outside the directory', async () => {
    const root = await get('/');
    expect(root.status).toBe(200);
    expect(root.headers.get('content-type')).toContain('text/html');
    const asset = await get('/assets/a-1234.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await get('/joined')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).not.toBe(200);
  });
});
