// @vitest-environment node
/**
 * A class of 300 on one relay process (an OS process of its own, on a real Redis): every student
 * ends on the lecturer's last position after a walk of 60 positions at a clicker's pace; every
 * student's answer to an open prediction is counted exactly once (a changed answer replaces the
 * first), and the reveal reaches every student with the class's counts. Counting only: the timings
 * are the benchmark's (`npm run bench -- class`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connect, type Socket } from 'socket.io-client';
import { startRedis, type RedisServer } from '../../server/redisServer';
import { startRelayChild, type RelayChild } from '../../server/relayChild';
import { EVENTS, type ClassAnswers, type LecturerState } from '../../src/relay/protocol';
import { next, state } from './messages';

const STUDENTS = 300;
const BATCH = 50;
const POSITIONS = 60;
/** Between two positions: a lecturer's clicker (and within the relay's 20 messages a second). */
const CLICK_MS = 40;
const STEPS = ['title', 'forward-pass', 'sum-over-k', 'jacobian'] as const;
const KEY = 'sigma-double';

let redis: RedisServer | undefined;
let relay: RelayChild | undefined;
const sockets: Socket[] = [];

interface Student {
  readonly socket: Socket;
  readonly device: string;
  /** The highest seq received, and how many states came. */
  lastSeq: number;
  states: number;
  answers: ClassAnswers | null;
}
const students: Student[] = [];
let lecturer: Socket;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
function client(url: string): Socket {
  const s = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(s);
  return s;
}

beforeAll(async () => {
  redis = await startRedis();
  relay = await startRelayChild({ redisUrl: redis.url, room: true });
  const made = relay.room;
  if (!made) throw new Error('the relay process made no room');
  const url = relay.url;

  lecturer = client(url);
  const hosted = next<{ room: string }>(lecturer, 'hosted');
  lecturer.emit(EVENTS.host, { room: made.room, secret: made.secret });
  expect((await hosted).room).toBe(made.room);

  // Students join in batches (each socket's join limit is its own; batches keep the connection
  // storm bounded).
  for (let b = 0; b < STUDENTS; b += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, STUDENTS - b) }, (_, j) => {
      const socket = client(url);
      const st: Student = {
        socket,
        device: `device-${String(b + j).padStart(4, '0')}`,
        lastSeq: 0,
        states: 0,
        answers: null,
      };
      socket.on(EVENTS.state, (s: LecturerState) => {
        st.states++;
        st.lastSeq = Math.max(st.lastSeq, s.seq);
      });
      socket.on(EVENTS.answers, (a: ClassAnswers) => (st.answers = a));
      students.push(st);
      const joined = next(socket, 'joined');
      socket.emit(EVENTS.join, { room: made.room, device: st.device });
      return joined;
    });
    await Promise.all(batch);
  }
}, 40_000);

afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await relay?.stop();
  await redis?.stop();
}, 20_000);

describe(`a class of ${STUDENTS} on one relay process`, () => {
  it('every student ends on the lecturer’s last position', async () => {
    expect(students.length).toBe(STUDENTS);
    expect(students.every((s) => s.socket.connected)).toBe(true);
    let seq = 0;
    for (let i = 0; i < POSITIONS; i++) {
      lecturer.emit(EVENTS.state, state(++seq, STEPS[i % STEPS.length], i % 7));
      await sleep(CLICK_MS);
    }
    const last = seq;
    await expect
      .poll(() => students.filter((s) => s.lastSeq === last).length, {
        timeout: 10_000,
        interval: 50,
      })
      .toBe(STUDENTS);
    // Nobody received more states than were sent (no duplicates from the adapter).
    expect(Math.max(...students.map((s) => s.states))).toBeLessThanOrEqual(POSITIONS);
    expect(relay?.log() ?? '').not.toContain('dropped');
  });

  it('all answer (some change their mind): counted once each, revealed to all', async () => {
    const counts: number[] = [];
    lecturer.on(EVENTS.count, (c: { key: string; n: number }) => {
      if (c.key === KEY) counts.push(c.n);
    });
    const open = state(1000, 'jacobian', 4, { key: KEY, kind: 'binary', revealed: false });
    const arrived = Promise.all(students.map((s) => next(s.socket, EVENTS.state)));
    lecturer.emit(EVENTS.state, open);
    await arrived;

    // Two thirds grow, one third shrink in the end; every fifth student first says the opposite.
    const expected: Record<string, number> = {};
    let sent = 0;
    students.forEach((s, i) => {
      const final = i % 3 === 0 ? 'shrink' : 'grow';
      expected[final] = (expected[final] ?? 0) + 1;
      const answer = (option: string) => {
        s.socket.emit(EVENTS.answer, {
          device: s.device,
          key: KEY,
          response: { kind: 'binary', option },
        });
        sent++;
      };
      if (i % 5 === 0) answer(final === 'grow' ? 'shrink' : 'grow');
      answer(final);
    });
    expect(sent).toBe(STUDENTS + Math.ceil(STUDENTS / 5));

    await expect
      .poll(() => counts.length === sent && counts.includes(STUDENTS), {
        timeout: 15_000,
        interval: 50,
      })
      .toBe(true);
    // One count per answer taken, none above the class: a changed answer is not a second one.
    expect(Math.max(...counts)).toBe(STUDENTS);
    expect(relay?.log() ?? '').not.toContain('dropped');

    const revealed = next<ClassAnswers>(lecturer, EVENTS.answers);
    lecturer.emit(EVENTS.reveal, { key: KEY });
    expect(await revealed).toMatchObject({ key: KEY, total: STUDENTS, counts: expected });
    await expect
      .poll(() => students.filter((s) => s.answers !== null).length, {
        timeout: 10_000,
        interval: 50,
      })
      .toBe(STUDENTS);
    for (const s of students) {
      const a = s.answers as ClassAnswers;
      expect(a.key).toBe(KEY);
      expect(a.total).toBe(STUDENTS);
      expect(Object.values(a.counts).reduce((x, y) => x + y, 0)).toBe(STUDENTS);
      expect(a.counts).toEqual(expected);
      expect(a.curves).toEqual([]);
    }
  });
});
