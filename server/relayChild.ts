/**
 * Starts server/relayProcess.ts as a child OS process and waits for the lines it prints: for the
 * tests and the benchmark that need relays in processes of their own (as a hall's nodes are).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

export interface RelayChild {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** The room made at start (with `room: true`). */
  readonly room: { room: string; secret: string; code: string } | null;
  /** Everything the process wrote to stderr (its log of dropped messages). */
  readonly log: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export interface RelayChildOptions {
  readonly redisUrl: string;
  readonly port?: number;
  readonly staticDir?: string;
  readonly room?: boolean;
}

export async function startRelayChild(options: RelayChildOptions): Promise<RelayChild> {
  const root = resolve(import.meta.dirname, '..');
  const tsx = createRequire(import.meta.url).resolve('tsx');
  const args = [
    '--import',
    tsx,
    resolve(root, 'server/relayProcess.ts'),
    '--redis',
    options.redisUrl,
  ];
  args.push('--port', String(options.port ?? 0));
  if (options.staticDir) args.push('--static', options.staticDir);
  if (options.room) args.push('--room');
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  const lines: unknown[] = [];
  const wanted = options.room ? 2 : 1;
  await new Promise<void>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`relay process did not start: ${err}`)), 30_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`relay process exited (${code}): ${err}`));
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const parts = out.split('\n');
      out = parts.pop() ?? '';
      for (const p of parts) if (p.trim()) lines.push(JSON.parse(p));
      if (lines.length >= wanted) {
        clearTimeout(timer);
        done();
      }
    });
  });
  child.removeAllListeners('exit');
  const first = lines[0] as { url: string; port: number };
  return {
    url: first.url,
    port: first.port,
    pid: child.pid ?? -1,
    room: options.room ? (lines[1] as { room: string; secret: string; code: string }) : null,
    log: () => err,
    stop: (signal = 'SIGTERM') =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}
