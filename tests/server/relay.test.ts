// @vitest-environment node
/**
 * The class session's relay with a real Redis and two relay servers sharing it: a student on B
 * follows a lecturer on A, a student joining late gets the current state, answers are counted
 * once per device and revealed to all; a student cannot drive the class; bad messages are
 * dropped and nobody is disconnected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { CODE_TRIES_PER_MINUTE, startRelay, type Relay } from '../../server/relay';
import { EVENTS, type LecturerState } from '../../src/relay/protocol';
import { next, state } from './messages';
import { startRedis, type RedisServer } from '../../server/redisServer';

let redis: RedisServer;
let a: Relay;
let b: Relay;
const sockets: Socket[] = [];

beforeAll(async () => {
  redis = await startRedis();
  a = await startRelay({ port: 0, redisUrl: redis.url, log: () => undefined });
  b = await startRelay({ port: 0, redisUrl: redis.url, log: () => undefined });
}, 30_000);

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await Promise.allSettled([a?.close(), b?.close()]);
  await redis?.stop();
});

function client(relay: Relay): Socket {
  const s = connect(relay.url, { transports: ['websocket'], forceNew: true });
  sockets.push(s);
  return s;
}

const id = (c: string) => c.repeat(22).slice(0, 22);
/** A room made as the class command makes it, and its lecturer connected. */
async function lecturer(
  relay: Relay,
): Promise<{ host: Socket; room: string; code: string; secret: string }> {
  const made = await relay.createRoom();
  const s = client(relay);
  const hosted = next<{ room: string; code: string }>(s, 'hosted');
  s.emit(EVENTS.host, { room: made.room, secret: made.secret });
  const h = await hosted;
  expect(h.room).toBe(made.room);
  expect(h.code).toBe(made.code);
  return { host: s, ...made };
}

async function student(
  relay: Relay,
  join: { room: string } | { code: string },
  device?: string,
): Promise<Socket> {
  const s = client(relay);
  const joined = next(s, 'joined');
  s.emit(EVENTS.join, { ...join, device });
  await joined;
  return s;
}

describe('the relay, two processes on one Redis', () => {
  it('a student on B follows the lecturer on A; a late joiner gets the current state', async () => {
    const { host, room } = await lecturer(a);
    const s1 = await student(b, { room });
    const got = next<LecturerState>(s1, EVENTS.state);
    host.emit(EVENTS.state, state(1, 'sum-over-k', 2));
    expect((await got).step).toBe('sum-over-k');
    // Joining later, on either process: the state from Redis at once.
    const late = client(b);
    const first = next<LecturerState>(late, EVENTS.state);
    late.emit(EVENTS.join, { room });
    expect(await first).toMatchObject({ step: 'sum-over-k', sub: 2, seq: 1 });
  });

  it('joins by the short code', async () => {
    const { code } = await lecturer(a);
    const st = await student(b, { code });
    expect(st.connected).toBe(true);
  });

  it('hosts only rooms the command made: a made-up id is unknown, and nobody can join it', async () => {
    const s = client(a);
    const unknown = next(s, 'unknown');
    s.emit(EVENTS.host, { room: id('q'), secret: id('r') });
    await unknown;
    const st = client(b);
    const lost = next(st, 'unknown');
    st.emit(EVENTS.join, { room: id('q') });
    await lost;
    expect(a.dropped.get('host: unknown room')).toBeGreaterThanOrEqual(1);
  });

  it('only the lecturer drives: a student’s state and a wrong secret are dropped', async () => {
    const { host, room } = await lecturer(a);
    const s1 = await student(b, { room });
    const s2 = await student(a, { room });
    let moved = false;
    s2.on(EVENTS.state, () => (moved = true));
    s1.emit(EVENTS.state, state(99, 'quiz', 0));
    // A second lecturer with the wrong secret is not the lecturer.
    const intruder = client(b);
    intruder.emit(EVENTS.host, { room, secret: id('x') });
    intruder.emit(EVENTS.state, state(100, 'quiz', 0));
    await new Promise((r) => setTimeout(r, 300));
    expect(moved).toBe(false);
    expect(s1.connected && intruder.connected && host.connected).toBe(true);
    expect(
      (a.dropped.get('state: not the lecturer') ?? 0) +
        (b.dropped.get('state: not the lecturer') ?? 0),
    ).toBeGreaterThanOrEqual(2);
  });

  it('malformed and oversized messages are dropped, and nobody is disconnected', async () => {
    const { host, room } = await lecturer(a);
    const s1 = await student(b, { room });
    host.emit(EVENTS.state, { seq: 'x' });
    host.emit(EVENTS.state, { ...state(1, 'title', 0), model: { big: 'x'.repeat(200_000) } });
    s1.emit(EVENTS.answer, { device: '!', key: 'k', response: {} });
    s1.emit(EVENTS.join, 42);
    await new Promise((r) => setTimeout(r, 300));
    expect(host.connected).toBe(true);
    expect(s1.connected).toBe(true);
    const got = next<LecturerState>(s1, EVENTS.state);
    host.emit(EVENTS.state, state(2, 'title', 0));
    expect((await got).seq).toBe(2);
  });

  it('answers: one per device (a new one replaces it), counted for the lecturer, revealed to all', async () => {
    const { host, room } = await lecturer(a);
    const students = await Promise.all([
      student(a, { room }, 'device-0'),
      student(b, { room }, 'device-1'),
      student(b, { room }, 'device-2'),
    ]);
    // Before the prediction is open, an answer is not taken.
    students[0].emit(EVENTS.answer, {
      device: 'device-0',
      key: 'sigma-double',
      response: { kind: 'binary', option: 'grow' },
    });
    const open = state(1, 'jacobian', 4, { key: 'sigma-double', kind: 'binary', revealed: false });
    const arrived = Promise.all(students.map((s) => next(s, EVENTS.state)));
    host.emit(EVENTS.state, open);
    await arrived;
    const counts: number[] = [];
    host.on(EVENTS.count, (c: { n: number }) => counts.push(c.n));
    students[0].emit(EVENTS.answer, {
      device: 'device-0',
      key: 'sigma-double',
      response: { kind: 'binary', option: 'grow' },
    });
    students[1].emit(EVENTS.answer, {
      device: 'device-1',
      key: 'sigma-double',
      response: { kind: 'binary', option: 'shrink' },
    });
    students[2].emit(EVENTS.answer, {
      device: 'device-2',
      key: 'sigma-double',
      response: { kind: 'binary', option: 'grow' },
    });
    // Device 1 changes its mind: replaced, not counted twice.
    students[1].emit(EVENTS.answer, {
      device: 'device-1',
      key: 'sigma-double',
      response: { kind: 'binary', option: 'grow' },
    });
    await expect.poll(() => counts.at(-1), { timeout: 5000 }).toBe(3);
    const revealed = Promise.all(
      students.map((s) =>
        next<{ total: number; counts: Record<string, number> }>(s, EVENTS.answers),
      ),
    );
    host.emit(EVENTS.reveal, { key: 'sigma-double' });
    for (const r of await revealed) expect(r).toMatchObject({ total: 3, counts: { grow: 3 } });
  });
});

describe('the relay keeps the class consistent', () => {
  it('a reveal closes the prediction: a later answer is not taken; a reveal of another key is dropped', async () => {
    const { host, room } = await lecturer(a);
    const s1 = await student(b, { room }, 'device-a');
    const open = state(Date.now(), 'jacobian', 4, {
      key: 'sigma-double',
      kind: 'binary',
      revealed: false,
      options: ['grow', 'shrink'],
    });
    const arrived = next(s1, EVENTS.state);
    host.emit(EVENTS.state, open);
    await arrived;
    const counted = next<{ n: number }>(host, EVENTS.count);
    s1.emit(EVENTS.answer, {
      device: 'device-a',
      key: 'sigma-double',
      response: { kind: 'binary', option: 'grow' },
    });
    expect((await counted).n).toBe(1);
    const before = a.dropped.get('reveal: not open') ?? 0;
    host.emit(EVENTS.reveal, { key: 'truncation-v' });
    const revealed = next<{ total: number }>(s1, EVENTS.answers);
    host.emit(EVENTS.reveal, { key: 'sigma-double' });
    expect((await revealed).total).toBe(1);
    expect(a.dropped.get('reveal: not open')).toBe(before + 1);
    const late = (b.dropped.get('answer: not open') ?? 0) + 1;
    s1.emit(EVENTS.answer, {
      device: 'device-a',
      key: 'sigma-double',
      response: { kind: 'binary', option: 'shrink' },
    });
    await expect.poll(() => b.dropped.get('answer: not open') ?? 0).toBe(late);
  });

  it('a socket answers only as the device it joined with, and only with an offered option', async () => {
    const { host, room } = await lecturer(a);
    const s1 = await student(b, { room }, 'device-x');
    const arrived = next(s1, EVENTS.state);
    host.emit(
      EVENTS.state,
      state(Date.now(), 'sum-over-k', 0, {
        key: 'smallest-term',
        kind: 'choice',
        revealed: false,
        options: ['k1', 'k2', 'k3'],
      }),
    );
    await arrived;
    const counts: number[] = [];
    host.on(EVENTS.count, (c: { n: number }) => counts.push(c.n));
    const drops = (reason: string) => b.dropped.get(reason) ?? 0;
    const [other, option, kind] = [
      drops('answer: not this device'),
      drops('answer: not an option'),
      drops('answer: not an option'),
    ];
    // Many device ids from one socket: none counted.
    for (let i = 0; i < 5; i++)
      s1.emit(EVENTS.answer, {
        device: `device-fake-${i}`,
        key: 'smallest-term',
        response: { kind: 'choice', k: 1 },
      });
    s1.emit(EVENTS.answer, {
      device: 'device-x',
      key: 'smallest-term',
      response: { kind: 'choice', k: 9 },
    });
    s1.emit(EVENTS.answer, {
      device: 'device-x',
      key: 'smallest-term',
      response: { kind: 'draw', values: [1, 2, 3, 4] },
    });
    // Its own answer: counted, and echoed to it as counted.
    const echoed = next<{ key: string; response: unknown }>(s1, EVENTS.answered);
    s1.emit(EVENTS.answer, {
      device: 'device-x',
      key: 'smallest-term',
      response: { kind: 'choice', k: 2 },
    });
    expect(await echoed).toEqual({ key: 'smallest-term', response: { kind: 'choice', k: 2 } });
    await expect.poll(() => counts.at(-1)).toBe(1);
    expect(drops('answer: not this device')).toBe(other + 5);
    expect(drops('answer: not an option')).toBe(option + 2);
    expect(kind).toBe(option);
    // A page that joins again (a reload) hears its answer back.
    const again = client(b);
    const back = next<{ key: string }>(again, EVENTS.answered);
    again.emit(EVENTS.join, { room, device: 'device-x' });
    expect((await back).key).toBe('smallest-term');
  });

  it('a socket that joins another room leaves the first', async () => {
    const one = await lecturer(a);
    const two = await lecturer(a);
    const s = await student(b, { room: one.room });
    const joined = next(s, 'joined');
    s.emit(EVENTS.join, { room: two.room });
    await joined;
    let fromOne = false;
    s.on(EVENTS.state, (m: LecturerState) => {
      if (m.step === 'quiz') fromOne = true;
    });
    const got = next<LecturerState>(s, EVENTS.state);
    one.host.emit(EVENTS.state, state(Date.now(), 'quiz', 0));
    two.host.emit(EVENTS.state, state(Date.now(), 'title', 1));
    expect((await got).step).toBe('title');
    await new Promise((r) => setTimeout(r, 200));
    expect(fromOne).toBe(false);
  });

  it('a lecturer past the rate still lands the class on its last position', async () => {
    const { host, room } = await lecturer(a);
    const s = await student(b, { room });
    const seen: number[] = [];
    s.on(EVENTS.state, (m: LecturerState) => seen.push(m.sub));
    const base = Date.now() * 1000;
    for (let i = 0; i <= 80; i++) host.emit(EVENTS.state, state(base + i, 'forward-pass', i));
    await expect.poll(() => seen.at(-1), { timeout: 5000 }).toBe(80);
  });
});

describe('guessing a short code', () => {
  it('is limited per address across sockets and processes', async () => {
    const replies: string[] = [];
    const tries = Array.from({ length: CODE_TRIES_PER_MINUTE + 4 }, (_, i) => {
      const s = client(i % 2 ? a : b);
      s.on('unknown', () => replies.push('unknown'));
      s.on('joined', () => replies.push('joined'));
      return new Promise<void>((resolve) => {
        s.on('connect', () => {
          s.emit(EVENTS.join, { code: String(100000 + i) });
          resolve();
        });
      });
    });
    await Promise.all(tries);
    await new Promise((r) => setTimeout(r, 500));
    expect(replies.length).toBeLessThanOrEqual(CODE_TRIES_PER_MINUTE);
    expect(
      (a.dropped.get('join: code tries') ?? 0) + (b.dropped.get('join: code tries') ?? 0),
    ).toBeGreaterThanOrEqual(4);
  });
});

describe('the relay serves the built app on its own origin', () => {
  it('files by path and type, index.html at the root, nothing outside the directory', async () => {
    const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'relay-static-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>BPTT</title>');
    writeFileSync(join(dir, 'assets', 'a.js'), 'export {}');
    const r = await startRelay({
      port: 0,
      redisUrl: redis.url,
      staticDir: dir,
      log: () => undefined,
    });
    try {
      const root = await fetch(`${r.url}/`);
      expect(root.status).toBe(200);
      expect(root.headers.get('content-type')).toContain('text/html');
      expect(await root.text()).toContain('BPTT');
      const js = await fetch(`${r.url}/assets/a.js`);
      expect(js.headers.get('content-type')).toContain('text/javascript');
      expect(js.headers.get('cache-control')).toContain('immutable');
      expect((await fetch(`${r.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBeGreaterThanOrEqual(400);
      expect((await fetch(`${r.url}/missing.js`)).status).toBe(404);
    } finally {
      await r.close();
    }
  });
});
