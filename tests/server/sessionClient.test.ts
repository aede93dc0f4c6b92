// @vitest-environment node
/**
 * The page's session client (src/classroom/session.ts) against a real relay and Redis: a
 * student's answer chosen while the relay is down goes when it is back, and shows as counted
 * only once the relay has counted it.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { startRelay, type Relay } from '../../server/relay';
import { startRedis, type RedisServer } from '../../server/redisServer';
import { startSession } from '../../src/classroom/session';
import { createLessonStore } from '../../src/store/store';
import { classView } from '../../src/store/classView';
import { EVENTS } from '../../src/relay/protocol';

let redis: RedisServer;
let relay: Relay;

beforeAll(async () => {
  redis = await startRedis();
  relay = await startRelay({ port: 0, redisUrl: redis.url, log: () => undefined });
}, 30_000);

afterAll(async () => {
  await relay?.close();
  await redis?.stop();
});

const KEY = 'sigma-double|00000000|3';

it('an answer chosen while the relay is down is counted when it is back', async () => {
  const made = await relay.createRoom();
  const host: Socket = connect(relay.url, { transports: ['websocket'], forceNew: true });
  const counts: number[] = [];
  host.on(EVENTS.count, (c: { n: number }) => counts.push(c.n));
  await new Promise<void>((r) => host.once('connect', () => r()));
  const hosted = new Promise((r) => host.once('hosted', r));
  host.emit(EVENTS.host, { room: made.room, secret: made.secret });
  await hosted;
  host.emit(EVENTS.state, {
    seq: 1,
    step: 'jacobian',
    sub: 4,
    target: 3,
    model: { cell: 'rnn' },
    prediction: { key: KEY, kind: 'binary', revealed: false, options: ['grow', 'shrink'] },
  });

  const stop = startSession({
    lesson: createLessonStore(),
    room: made.room,
    secret: null,
    url: relay.url,
  });
  try {
    await expect.poll(() => classView.getState().lecturer?.key, { timeout: 10_000 }).toBe(KEY);
    // The relay goes away; the student chooses meanwhile (as the practice feature does).
    const port = relay.port;
    await relay.close();
    const response = { kind: 'binary', option: 'grow' } as const;
    classView.setState((s) => ({ chosen: { ...s.chosen, [KEY]: response } }));
    classView.getState().send?.(KEY, response);
    expect(classView.getState().sent[KEY]).toBeUndefined();
    relay = await startRelay({ port, redisUrl: redis.url, log: () => undefined });
    // The page rejoins, sends what was chosen, and hears it counted.
    await expect.poll(() => classView.getState().sent[KEY], { timeout: 15_000 }).toEqual(response);
    const again: Socket = connect(relay.url, { transports: ['websocket'], forceNew: true });
    const back = new Promise<{ key: string; n: number }>((r) => again.once(EVENTS.count, r));
    again.emit(EVENTS.host, { room: made.room, secret: made.secret });
    expect(await back).toEqual({ key: KEY, n: 1 });
    again.disconnect();
  } finally {
    stop();
    host.disconnect();
  }
}, 60_000);
