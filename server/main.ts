/**
 * `npm run class`: a class session on the lecturer's laptop, with no internet. Builds the app
 * (or reuses dist/ with --no-build), starts a Redis of its own on a free local port unless
 * --redis names one, serves the app and the relay on the local network, makes a room, and prints
 * the lecturer's link (with the room's secret: for the lecturer only), the students' join link
 * with a QR code to scan, and the short code for typing.
 *
 *   npm run class -- [--port 8080] [--host 0.0.0.0] [--redis redis://host:6379] [--no-build]
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { startRelay } from './relay';
import { terminalQr } from './terminalQr';
import { startRedis } from './redisServer';

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}

/** The first IPv4 address on the local network (what a phone in the hall can reach), or localhost. */
function lanAddress(): string {
  for (const list of Object.values(networkInterfaces()))
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  return '127.0.0.1';
}

async function ownRedis(): Promise<string> {
  try {
    const redis = await startRedis();
    process.on('exit', () => void redis.stop());
    return redis.url;
  } catch (e) {
    throw new Error(
      `redis-server could not start (${e instanceof Error ? e.message : String(e)}); install it (apt-get install redis-server) or pass --redis`,
      { cause: e },
    );
  }
}

async function main(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const dist = resolve(root, 'dist');
  if (!process.argv.includes('--no-build') || !existsSync(resolve(dist, 'index.html'))) {
    console.log('Building the app…');
    execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
  }
  const redisUrl = arg('redis') ?? (await ownRedis());
  const port = Number(arg('port') ?? 8080);
  const relay = await startRelay({
    port,
    host: arg('host') ?? '0.0.0.0',
    redisUrl,
    staticDir: dist,
    joinBase: port > 0 ? `http://${lanAddress()}:${port}/` : undefined,
  });
  const { room, secret, code } = await relay.createRoom();
  const base = `http://${lanAddress()}:${relay.port}/`;
  const join = `${base}#/title?room=${room}`;
  console.log('');
  console.log(`Lecturer (keep it to yourself): ${base}#/title?room=${room}&host=${secret}`);
  console.log(`Students: ${join}`);
  console.log(`Short code: ${code}`);
  console.log('');
  for (const line of terminalQr(join)) console.log(`  ${line}`);
  console.log('');
  console.log('Ctrl+C ends the session.');
  const stop = () => {
    void relay.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
