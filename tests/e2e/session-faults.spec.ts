/**
 * A class session's faults, with real processes: a real Redis, each relay an OS process of its
 * own (server/relayChild.ts, serving the built app from dist/ — run `npx vite build` first), the
 * lecturer and the students in browser contexts of their own.
 *
 * - two relay processes: a student on B follows a lecturer on A, and one joining B mid-lecture
 *   lands where the lecturer is;
 * - a relay process killed (SIGKILL) mid-lecture and started again on its port: every page
 *   reconnects on its own and the students resync;
 * - a student's tab asleep (no script of it runs: the debugger's pause, as this headless Chromium
 *   does not freeze a page for `Page.setWebLifecycleState`) while the lecturer moves: it catches up
 *   on waking;
 * - the lecturer's laptop off the network for 30 s: the browser is offline (its `offline` event,
 *   no new connection) and the wire between it and its relay carries nothing (a TCP relay of the
 *   test's that holds every byte, and every close, until the network is back) — the students keep
 *   the last state, and the lecturer's page reconnects and sends its state;
 * - malformed and oversized messages from raw sockets: dropped, logged by the relay process, their
 *   senders stay connected (only a frame past the transport's 2 MB closes its sender), the students
 *   still follow.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import {
  connect as tcpConnect,
  createServer as tcpServer,
  type Socket as TcpSocket,
} from 'node:net';
import { resolve } from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { startRedis, type RedisServer } from '../../server/redisServer';
import { startRelayChild, type RelayChild } from '../../server/relayChild';
import { EVENTS, MAX_MESSAGE_BYTES } from '../../src/relay/protocol';
import { collectErrors } from './pageErrors';

const DIST = process.env.E2E_DIST ?? resolve(import.meta.dirname, '../../dist');

let redis: RedisServer;
/** What one test started, stopped after it whatever its outcome. */
let relays: RelayChild[] = [];
let contexts: BrowserContext[] = [];
let sockets: Socket[] = [];
let wires: Wire[] = [];
/** Every page's console errors and uncaught exceptions. */
let errors: string[][] = [];

test.beforeAll(async () => {
  redis = await startRedis();
});

test.afterAll(async () => {
  await redis?.stop();
});

test.afterEach(async () => {
  for (const s of sockets) s.disconnect();
  await Promise.allSettled(contexts.map((c) => c.close()));
  await Promise.allSettled(wires.map((w) => w.close()));
  await Promise.allSettled(relays.map((r) => r.stop('SIGKILL')));
  relays = [];
  contexts = [];
  sockets = [];
  wires = [];
  errors = [];
});

async function relay(options: { room?: boolean; port?: number } = {}): Promise<RelayChild> {
  const r = await startRelayChild({ redisUrl: redis.url, staticDir: DIST, ...options });
  relays.push(r);
  return r;
}

/**
 * A page of its own browser context. Predictions are off (the practice feature's setting), as in
 * the other browser tests: a prediction would take the lecturer's first "next" at its position.
 */
async function open(browser: Browser, url: string): Promise<Page> {
  const origin = new URL(url).origin;
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 1024, height: 768 },
    storageState: {
      cookies: [],
      origins: [
        {
          origin,
          localStorage: [{ name: 'bptt-practice', value: '{"enabled":false,"records":{}}' }],
        },
      ],
    },
  });
  contexts.push(context);
  const page = await context.newPage();
  errors.push(collectErrors(page));
  await page.goto(url);
  await expect(page.locator('.step-panel')).toBeVisible();
  return page;
}

const lecturerUrl = (base: string, r: { room: string; secret: string }) =>
  `${base}/?lang=en#/title?room=${r.room}&host=${r.secret}`;
const studentUrl = (base: string, r: { room: string }) => `${base}/?lang=en#/title?room=${r.room}`;

const badge = (page: Page, state: string) =>
  expect(page.getByTestId('session-badge')).toHaveAttribute('data-state', state, {
    timeout: 15_000,
  });

/** A key press that moves the page (waits for its address to change). */
async function press(page: Page, key: string): Promise<void> {
  const before = await page.evaluate(() => location.hash);
  await page.keyboard.press(key);
  await page.waitForFunction((h) => location.hash !== h, before);
}

interface Position {
  readonly step: string;
  readonly sub: string;
}

async function position(page: Page): Promise<Position> {
  const panel = page.locator('.step-panel');
  return {
    step: (await panel.getAttribute('data-step-id')) ?? '',
    sub: (await panel.getAttribute('data-sub')) ?? '',
  };
}

const at = (page: Page, p: Position, timeout = 10_000) =>
  Promise.all([
    expect(page.locator('.step-panel')).toHaveAttribute('data-step-id', p.step, { timeout }),
    expect(page.locator('.step-panel')).toHaveAttribute('data-sub', p.sub, { timeout }),
  ]);

/** The lecturer moves on (PageDown); its new position once the panel shows it. */
async function move(lecturer: Page): Promise<Position> {
  const was = await position(lecturer);
  await press(lecturer, 'PageDown');
  // The address changes first; the panel shows the new position a frame later.
  await lecturer.waitForFunction((w) => {
    const panel = document.querySelector('.step-panel');
    return (
      panel?.getAttribute('data-step-id') !== w.step || panel.getAttribute('data-sub') !== w.sub
    );
  }, was);
  return position(lecturer);
}

/** The lecturer moves on and every student follows; the lecturer's new position. */
async function moveAndFollow(lecturer: Page, students: Page[]): Promise<Position> {
  const p = await move(lecturer);
  for (const s of students) await at(s, p);
  return p;
}

/** The browser's own line for a reconnection attempt that failed (the relay down, the network off). */
const FAILED_ATTEMPT =
  /^WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/socket\.io\/[^']*' failed: Error in connection establishment: net::ERR_(CONNECTION_REFUSED|INTERNET_DISCONNECTED)$/;

/**
 * The errors the pages reported, but for the failed reconnection attempts these tests cause (the
 * page's own code throws nothing and logs nothing).
 */
const pageErrors = () => errors.flat().filter((e) => !FAILED_ATTEMPT.test(e));

/** How many reconnection attempts failed with this error, on every page. */
const failedAttempts = (code: string) =>
  errors.flat().filter((e) => FAILED_ATTEMPT.test(e) && e.endsWith(code)).length;

/**
 * The wire between one browser and a relay: a TCP relay in the test process. `cut` makes it carry
 * nothing, as a network that went away: every byte either side sends — and every close — is
 * held, in order, and delivered when `mend` brings the network back (as TCP retransmits them).
 */
interface Wire {
  readonly url: string;
  cut(): void;
  mend(): void;
  close(): Promise<void>;
}

async function wire(port: number): Promise<Wire> {
  let down = false;
  const held: (() => void)[] = [];
  const act = (f: () => void) => (down ? held.push(f) : f());
  const live = new Set<TcpSocket>();
  const server = tcpServer((inbound) => {
    const outbound = tcpConnect(port, '127.0.0.1');
    for (const [from, to] of [
      [inbound, outbound],
      [outbound, inbound],
    ] as const) {
      live.add(from);
      from.on('data', (d: Buffer) => act(() => to.write(d)));
      from.on('end', () => act(() => to.end()));
      from.on('error', () => act(() => to.destroy()));
      from.on('close', () => {
        live.delete(from);
        act(() => to.end());
      });
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const p = typeof address === 'object' && address ? address.port : 0;
  const w: Wire = {
    url: `http://127.0.0.1:${p}`,
    cut: () => {
      down = true;
    },
    mend: () => {
      down = false;
      for (const f of held.splice(0)) f();
    },
    close: () =>
      new Promise<void>((done) => {
        for (const s of live) s.destroy();
        server.close(() => done());
      }),
  };
  wires.push(w);
  return w;
}

/**
 * Two relay processes; the lecturer on A (or at `lecturerBase`, given A's port), a student on
 * each relay, all connected and following one move.
 */
async function classOnTwoRelays(
  browser: Browser,
  lecturerBase?: (port: number) => Promise<string>,
) {
  const [a, b] = await Promise.all([relay({ room: true }), relay()]);
  const r = a.room!;
  const lecturer = await open(
    browser,
    lecturerUrl(lecturerBase ? await lecturerBase(a.port) : a.url, r),
  );
  await badge(lecturer, 'lecturer');
  const onA = await open(browser, studentUrl(a.url, r));
  const onB = await open(browser, studentUrl(b.url, r));
  await badge(onA, 'following');
  await badge(onB, 'following');
  const before = await moveAndFollow(lecturer, [onA, onB]);
  return { a, b, r, lecturer, onA, onB, before };
}

test('two relay processes: a student on B follows the lecturer on A; one joining B mid-lecture lands where the lecturer is', async ({
  browser,
}) => {
  test.setTimeout(45_000);
  const [a, b] = await Promise.all([relay({ room: true }), relay()]);
  const r = a.room!;
  expect(new Set([a.pid, b.pid, process.pid]).size).toBe(3);

  const lecturer = await open(browser, lecturerUrl(a.url, r));
  await badge(lecturer, 'lecturer');
  const s1 = await open(browser, studentUrl(b.url, r));
  await badge(s1, 'following');
  await moveAndFollow(lecturer, [s1]);
  const p = await moveAndFollow(lecturer, [s1]);
  expect(p.step).not.toBe('title');

  const late = await open(browser, studentUrl(b.url, r));
  await at(late, p);
  await badge(late, 'following');
  await moveAndFollow(lecturer, [s1, late]);
  expect(pageErrors()).toEqual([]);
});

test('a relay process killed mid-lecture and started again on its port: every page reconnects and the students resync', async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const { a, lecturer, onA, onB, before } = await classOnTwoRelays(browser);

  await a.stop('SIGKILL');
  await badge(lecturer, 'offline');
  await badge(onA, 'offline');
  // The lecturer moves on while its relay is down: nobody hears of it yet.
  const moved = await move(lecturer);
  await onB.waitForTimeout(500);
  await at(onB, before, 1000);
  await at(onA, before, 1000);
  await badge(onB, 'following');

  // The pages on A try to reconnect, and fail while nothing listens on its port.
  await expect.poll(() => failedAttempts('ERR_CONNECTION_REFUSED')).toBeGreaterThan(1);
  // A new process on the same port, the same Redis (the room and the last state live there).
  const again = await relay({ port: a.port });
  expect(again.pid).not.toBe(a.pid);
  await badge(lecturer, 'lecturer');
  await badge(onA, 'following');
  // The lecturer's page sends its state on reconnecting: both students resync to it.
  await at(onA, moved);
  await at(onB, moved);
  await badge(onB, 'following');
  await moveAndFollow(lecturer, [onA, onB]);
  expect(pageErrors()).toEqual([]);
});

test("a student's tab sleeps (frozen) while the lecturer moves, and catches up when it wakes", async ({
  browser,
}) => {
  test.setTimeout(45_000);
  const a = await relay({ room: true });
  const r = a.room!;
  const lecturer = await open(browser, lecturerUrl(a.url, r));
  await badge(lecturer, 'lecturer');
  const sleeper = await open(browser, studentUrl(a.url, r));
  const awake = await open(browser, studentUrl(a.url, r));
  await badge(sleeper, 'following');
  const before = await moveAndFollow(lecturer, [sleeper, awake]);

  // A clock in the page: its gaps show when the page ran nothing at all.
  await sleeper.evaluate(() => {
    const w = window as unknown as { ticks: number[] };
    w.ticks = [];
    setInterval(() => w.ticks.push(Date.now()), 100);
  });
  // Asleep: no script of the page runs (its timers, its socket's events wait), as in a frozen tab.
  // `Page.setWebLifecycleState` {state: 'frozen'} is what a browser's tab freezing does, but this
  // headless Chromium ignores it (a page stays visible; its timers tick on): the debugger's pause
  // stops the page's script thread for real instead.
  const cdp = await sleeper.context().newCDPSession(sleeper);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await cdp.send('Debugger.enable');
  await cdp.send('Debugger.pause');
  const frozenAt = Date.now();
  await moveAndFollow(lecturer, [awake]);
  const p = await moveAndFollow(lecturer, [awake]);
  await awake.waitForTimeout(Math.max(0, frozenAt + 6000 - Date.now()));
  await cdp.send('Debugger.resume');
  await cdp.send('Debugger.disable');
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });

  await at(sleeper, p);
  await badge(sleeper, 'following');
  // It did sleep: no tick of its clock for the ~6 s the lecturer moved on (twice) meanwhile.
  const gap = await sleeper.evaluate(() => {
    const t = (window as unknown as { ticks: number[] }).ticks;
    return Math.max(...t.slice(1).map((x, i) => x - t[i]));
  });
  expect(gap).toBeGreaterThan(5000);
  expect(p).not.toEqual(before);
  await moveAndFollow(lecturer, [sleeper, awake]);
  expect(pageErrors()).toEqual([]);
});

test("the lecturer's laptop off the network for 30 s: the students keep the last state, then follow again", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // The lecturer's laptop reaches relay A over a network of its own (the wire); the students, not.
  let net!: Wire;
  const { lecturer, onA, onB, before } = await classOnTwoRelays(browser, async (port) => {
    net = await wire(port);
    return net.url;
  });

  // The network goes: the browser goes offline (its `offline` event; no new connection gets out)
  // and the wire carries nothing. Both are needed: Chromium's offline emulation alone leaves an
  // open WebSocket carrying frames both ways (the page's socket closes only because socket.io's
  // client hears the `offline` event), and the relay would hear that close at once — on a real
  // network that went, it hears nothing until the network is back.
  const offAt = Date.now();
  net.cut();
  await lecturer.context().setOffline(true);
  await badge(lecturer, 'offline');
  // The lecturer goes on teaching offline: the students hear nothing of it.
  const moved = await move(lecturer);
  expect(moved).not.toEqual(before);
  // For 30 s: the students stay where the lecturer last was, still following; the lecturer's page
  // stays offline (its reconnection attempts fail).
  while (Date.now() - offAt < 30_000) {
    for (const s of [onA, onB]) {
      await at(s, before, 1000);
      await badge(s, 'following');
    }
    await badge(lecturer, 'offline');
    await lecturer.waitForTimeout(2000);
  }
  await at(onA, before, 1000);
  // The lecturer's page did try to reconnect meanwhile, and the network refused it.
  expect(failedAttempts('ERR_INTERNET_DISCONNECTED')).toBeGreaterThan(3);

  await lecturer.context().setOffline(false);
  net.mend();
  const backAt = Date.now();
  await badge(lecturer, 'lecturer');
  // On reconnecting the lecturer's page sends its state: the students land where it is.
  await at(onA, moved);
  await at(onB, moved);
  test.info().annotations.push({
    type: 'reconnected',
    description: `the class followed ${Date.now() - backAt} ms after the network came back`,
  });
  for (const s of [onA, onB]) await badge(s, 'following');
  await moveAndFollow(lecturer, [onA, onB]);
  expect(pageErrors()).toEqual([]);
});

test('malformed and oversized messages from raw sockets: dropped and logged, their senders stay connected, the students still follow', async ({
  browser,
}) => {
  test.setTimeout(45_000);
  const { a, b, r, lecturer, onA, onB, before: p } = await classOnTwoRelays(browser);

  const raw = (url: string) => {
    const s = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(s);
    return new Promise<Socket>((done) => s.once('connect', () => done(s)));
  };
  const [student, host] = await Promise.all([raw(b.url), raw(a.url)]);
  const joined = new Promise((done) => student.once('joined', done));
  student.emit(EVENTS.join, { room: r.room, device: 'device-1' });
  await joined;
  // A socket that claimed the room with its secret (a second tab of the lecturer's, say) may send
  // states; only well-formed ones are taken.
  const hosted = new Promise((done) => host.once('hosted', done));
  host.emit(EVENTS.host, { room: r.room, secret: r.secret });
  await hosted;

  const big = 'x'.repeat(MAX_MESSAGE_BYTES + 1024);
  const huge = 'y'.repeat(1024 * 1024);
  const state = (over: Record<string, unknown>) => ({
    seq: Number.MAX_SAFE_INTEGER - 1,
    step: 'title',
    sub: 0,
    target: 3,
    model: { cell: 'rnn' },
    prediction: null,
    ...over,
  });
  // From a student: a state (only the lecturer may), and garbage of every kind.
  student.emit(EVENTS.state, state({}));
  student.emit(EVENTS.join, { room: 'not an id' });
  student.emit(EVENTS.join, 42);
  student.emit(EVENTS.host, { room: r.room, secret: 'A'.repeat(22) });
  student.emit(EVENTS.host, ['nope']);
  student.emit(EVENTS.answer, { device: 'device-1', key: big, response: { kind: 'choice', k: 1 } });
  student.emit(EVENTS.answer, 'garbage');
  student.emit(EVENTS.reveal, { key: 'k' });
  student.emit('no-such-event', { a: 1 });
  student.emit(EVENTS.state, { model: huge });
  // From the lecturer's socket: states that fail their checks, one far past the size limit.
  host.emit(EVENTS.state, state({ model: { cell: 'rnn', pad: big } }));
  host.emit(EVENTS.state, state({ model: { cell: 'rnn', pad: huge } }));
  host.emit(EVENTS.state, state({ step: '../../etc/passwd' }));
  host.emit(EVENTS.state, state({ seq: -1 }));
  host.emit(EVENTS.state, state({ sub: 1e9 }));
  host.emit(EVENTS.state, state({ model: 'not a model' }));
  host.emit(EVENTS.state, state({ prediction: { key: 'k', kind: 'essay', revealed: false } }));
  host.emit(EVENTS.state, 'garbage');
  host.emit(EVENTS.reveal, { key: big });

  const logged = [
    [b, 'state: not the lecturer'],
    [b, 'join: malformed'],
    [b, 'host: wrong secret'],
    [b, 'host: malformed'],
    [b, 'answer: malformed'],
    [b, 'reveal: not the lecturer'],
    [a, 'state: malformed'],
    [a, 'reveal: malformed'],
  ] as const;
  for (const [child, reason] of logged)
    await expect.poll(() => child.log()).toContain(`relay: dropped ${reason} from`);
  const count = (child: RelayChild, reason: string) =>
    child
      .log()
      .split('\n')
      .filter((l) => l.includes(`dropped ${reason} from`)).length;
  await expect.poll(() => count(a, 'state: malformed')).toBe(8);
  await expect.poll(() => count(b, 'join: malformed')).toBe(2);

  // Nobody was disconnected: both raw sockets still answer, the pages still follow.
  expect(student.connected && host.connected).toBe(true);
  const again = new Promise((done) => student.once('joined', done));
  student.emit(EVENTS.join, { room: r.room });
  await again;
  for (const s of [onA, onB]) {
    await at(s, p, 1000);
    await badge(s, 'following');
  }
  await badge(lecturer, 'lecturer');
  await moveAndFollow(lecturer, [onA, onB]);

  // A frame past the transport's own limit (2 MB, which no page sends) closes that one socket, as
  // the relay means it to; the relay process, the other sockets and the pages go on.
  const flood = await raw(b.url);
  const gone = new Promise<string>((done) => flood.once('disconnect', done));
  flood.emit(EVENTS.answer, { pad: 'z'.repeat(3 * 1024 * 1024) });
  expect(await gone).toBe('transport close');
  await moveAndFollow(lecturer, [onA, onB]);
  for (const s of [onA, onB]) await badge(s, 'following');
  expect(student.connected && host.connected).toBe(true);
  expect(pageErrors()).toEqual([]);
});
