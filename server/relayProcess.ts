/**
 * One relay as an OS process of its own, for running several on one Redis (the tests' "two
 * processes", the load benchmark's server): prints one JSON line `{"url", "port"}` on stdout once
 * it listens, and with --room also makes a room and prints `{"room", "secret", "code"}`.
 *
 *   tsx server/relayProcess.ts --redis redis://127.0.0.1:6379 [--port 0] [--static dist] [--room]
 */
import { resolve } from 'node:path';
import { startRelay } from './relay';

function arg(name: string): string | null {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : null;
}

async function main(): Promise<void> {
  const redisUrl = arg('redis');
  if (!redisUrl) throw new Error('--redis is required');
  const dir = arg('static');
  const relay = await startRelay({
    port: Number(arg('port') ?? 0),
    host: arg('host') ?? '127.0.0.1',
    redisUrl,
    staticDir: dir ? resolve(dir) : null,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  process.stdout.write(`${JSON.stringify({ url: relay.url, port: relay.port })}\n`);
  if (process.argv.includes('--room'))
    process.stdout.write(`${JSON.stringify(await relay.createRoom())}\n`);
  const stop = () => void relay.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
