/**
 * The class section of `npm run bench`: one relay as an OS process of its own (as a hall's node
 * is) on a real Redis, 300 students and a lecturer connected over WebSocket from this process.
 * Measured: the connections held, the follow latency (the lecturer's emit of a state → each
 * student's receipt, over a walk of 60 positions at a lecturer's pace), the relay process's memory
 * per connection (its VmRSS before and after the students connect), and the answers' round trip
 * (300 answers sent → the lecturer's count reads 300), then the reveal (→ every student has the
 * class's answers).
 *
 * The students and the lecturer share this process, so a seq → send-time map here times each
 * receipt (the protocol passes only known fields: nothing can ride in the state itself). The
 * figures include this process's own work of receiving 300 sockets' frames on one event loop,
 * which real devices would each do on their own: an upper bound on what a student sees.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { io as connect, type Socket } from 'socket.io-client';
import { startRedis, type RedisServer } from '../server/redisServer';
import { startRelayChild, type RelayChild } from '../server/relayChild';
import { defaultModel } from '../src/model';
import { modelToJson } from '../src/model/io/modelJson';
import { EVENTS, type ClassAnswers, type LecturerState } from '../src/relay/protocol';
import { consume, formatMs, type BenchCheck, type BenchSection } from './report';

const STUDENTS = 300;
const BATCH = 50;
const POSITIONS = 60;
/** Between two positions: a lecturer walking through the lesson briskly. */
const SPACING_MS = 100;
const STEPS = ['title', 'forward-pass', 'sum-over-k', 'jacobian'] as const;
const KEY = 'sigma-double';
const P95_TARGET_MS = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const next = <T>(s: Socket, event: string): Promise<T> =>
  new Promise((resolve) => s.once(event, (v: T) => resolve(v)));

/** The q-quantile of the samples (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** A process's resident memory (kB), from /proc/<pid>/status. */
function rssKb(pid: number): number {
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  if (!m) throw new Error(`no VmRSS for process ${pid}`);
  return Number(m[1]);
}

/** Resolves when `done()` holds, polling; rejects after `timeoutMs`. */
async function until(done: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > end) throw new Error(`class bench: timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Student i's device id (given at its join; its answers carry the same). */
const deviceOf = (i: number) => `device-${String(i).padStart(4, '0')}`;

export async function classSection(): Promise<BenchSection> {
  const load = loadavg().map((x) => x.toFixed(2));
  const sockets: Socket[] = [];
  let redis: RedisServer | undefined;
  let relay: RelayChild | undefined;
  try {
    redis = await startRedis();
    relay = await startRelayChild({ redisUrl: redis.url, room: true });
    const made = relay.room;
    if (!made) throw new Error('the relay process made no room');
    const url = relay.url;
    const client = () => {
      const s = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
      sockets.push(s);
      return s;
    };
    // The relay at rest (started, Redis connected, the room made), settled.
    await sleep(1000);
    const rssBefore = rssKb(relay.pid);

    const lecturer = client();
    const hosted = next(lecturer, 'hosted');
    lecturer.emit(EVENTS.host, { room: made.room, secret: made.secret });
    await hosted;

    // The follow latency: seq → when the lecturer emitted it.
    const sentAt = new Map<number, number>();
    const latencies: number[] = [];
    let unmatched = 0;
    const students: Socket[] = [];
    const answersAt: number[] = [];
    const connectStart = performance.now();
    for (let b = 0; b < STUDENTS; b += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, STUDENTS - b) }, (_, j) => {
        const s = client();
        s.on(EVENTS.state, (st: LecturerState) => {
          const t = sentAt.get(st.seq);
          if (t === undefined) unmatched++;
          else latencies.push(performance.now() - t);
        });
        s.on(EVENTS.answers, () => answersAt.push(performance.now()));
        students.push(s);
        const joined = next(s, 'joined');
        s.emit(EVENTS.join, { room: made.room, device: deviceOf(b + j) });
        return joined;
      });
      await Promise.all(batch);
    }
    const connectMs = performance.now() - connectStart;
    await sleep(1000);
    const rssAfter = rssKb(relay.pid);

    // The walk: 60 positions at a lecturer's pace, the lecture's default model in every state (as
    // the page sends it).
    const model = modelToJson(defaultModel());
    for (let i = 1; i <= POSITIONS; i++) {
      const state: LecturerState = {
        seq: i,
        step: STEPS[i % STEPS.length],
        sub: i % 7,
        target: 3,
        model,
        prediction: null,
      };
      sentAt.set(i, performance.now());
      lecturer.emit(EVENTS.state, state);
      await sleep(SPACING_MS);
    }
    await until(() => latencies.length + unmatched >= STUDENTS * POSITIONS, 15_000, 'the walk');
    const held = students.filter((s) => s.connected).length;
    const rssWalked = rssKb(relay.pid);

    // The answers' round trip: the prediction opens (everyone has it), 300 answers, count 300.
    let counted = 0;
    let countedAt = NaN;
    lecturer.on(EVENTS.count, (c: { key: string; n: number }) => {
      if (c.key !== KEY) return;
      counted = Math.max(counted, c.n);
      if (c.n === STUDENTS && Number.isNaN(countedAt)) countedAt = performance.now();
    });
    const opened = Promise.all(students.map((s) => next(s, EVENTS.state)));
    sentAt.set(POSITIONS + 1, performance.now());
    lecturer.emit(EVENTS.state, {
      seq: POSITIONS + 1,
      step: 'jacobian',
      sub: 4,
      target: 3,
      model,
      prediction: { key: KEY, kind: 'binary', revealed: false },
    } satisfies LecturerState);
    await opened;
    const answerStart = performance.now();
    students.forEach((s, i) =>
      s.emit(EVENTS.answer, {
        device: deviceOf(i),
        key: KEY,
        response: { kind: 'binary', option: i % 3 === 0 ? 'shrink' : 'grow' },
      }),
    );
    await until(() => !Number.isNaN(countedAt), 15_000, `the count to reach ${STUDENTS}`);
    const answersMs = countedAt - answerStart;

    // The reveal: the lecturer's reveal → every student has the class's answers.
    const revealed = next<ClassAnswers>(lecturer, EVENTS.answers);
    const revealStart = performance.now();
    lecturer.emit(EVENTS.reveal, { key: KEY });
    const tally = await revealed;
    consume(tally.total);
    await until(() => answersAt.length >= STUDENTS, 15_000, 'the reveal');
    const revealMs = Math.max(...answersAt) - revealStart;

    const walk = latencies.slice(0, STUDENTS * POSITIONS).sort((a, b) => a - b);
    const p50 = quantile(walk, 0.5);
    const p95 = quantile(walk, 0.95);
    const p99 = quantile(walk, 0.99);
    const max = walk[walk.length - 1];
    const perConnKb = (rssAfter - rssBefore) / STUDENTS;
    const dropped = (relay.log().match(/dropped/g) ?? []).length;
    const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
    const loadEnd = loadavg()[0];

    const rows: string[][] = [
      ['connections held (students + lecturer)', `${held} + ${lecturer.connected ? 1 : 0}`, ''],
      ['connect + join, 300 in batches of 50', formatMs(connectMs), ''],
      [`follow latency, samples (${STUDENTS} × ${POSITIONS})`, String(walk.length), ''],
      ['follow latency p50', formatMs(p50), ''],
      ['follow latency p95', formatMs(p95), `≤ ${P95_TARGET_MS} ms`],
      ['follow latency p99', formatMs(p99), ''],
      ['follow latency max', formatMs(max), ''],
      ['relay RSS at rest', mb(rssBefore), ''],
      ['relay RSS, 301 connected', mb(rssAfter), ''],
      ['relay RSS after the walk', mb(rssWalked), ''],
      ['relay memory per connection', `${perConnKb.toFixed(1)} kB`, ''],
      [`answers round trip (${STUDENTS} answers → count ${STUDENTS})`, formatMs(answersMs), ''],
      [`reveal → all ${STUDENTS} have the answers (total ${tally.total})`, formatMs(revealMs), ''],
      ['messages the relay dropped', String(dropped), '0'],
    ];
    const checks: BenchCheck[] = [
      {
        label: `all ${STUDENTS} students held their connection through the walk (${held})`,
        ok: held === STUDENTS && lecturer.connected,
      },
      {
        label: `every student received every position (${walk.length} of ${STUDENTS * POSITIONS}, ${unmatched} unmatched)`,
        ok: walk.length === STUDENTS * POSITIONS && unmatched === 0,
      },
      {
        label: `follow latency p95 ≤ ${P95_TARGET_MS} ms (${formatMs(p95)})`,
        ok: p95 <= P95_TARGET_MS,
      },
      {
        label: `the lecturer's count reached ${STUDENTS} and the reveal's total is ${STUDENTS} (${counted}, ${tally.total})`,
        ok: counted === STUDENTS && tally.total === STUDENTS,
      },
    ];
    return {
      title: `Class session — ${STUDENTS} students on one relay process (Redis adapter)`,
      notes: [
        `${cpus().length} CPU cores; load average ${load.join(' / ')} (1 / 5 / 15 min) when the section began,`,
        `${loadEnd.toFixed(2)} (1 min) when it ended${loadEnd > cpus().length ? ': a busy machine, the latencies are partly its' : ''}.`,
        `One relay (server/relayProcess.ts) as its own process on a local redis-server; ${STUDENTS} students`,
        'and the lecturer connect over WebSocket from the bench process (socket.io-client).',
        `Follow latency: the lecturer's emit of a state → a student's receipt, ${POSITIONS} positions`,
        `${SPACING_MS} ms apart, each state carrying the lecture's default model; the receipts are timed in`,
        'the same process as the emits (one event loop receiving all 300 sockets: an upper bound).',
        'Memory per connection: (the relay VmRSS with 301 connected − at rest) ÷ 300.',
      ],
      columns: ['measure', 'value', 'target'],
      rows,
      checks,
    };
  } finally {
    for (const s of sockets) s.disconnect();
    await relay?.stop();
    await redis?.stop();
  }
}
