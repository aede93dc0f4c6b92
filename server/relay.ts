/**
 * The class session's relay: one HTTP server that serves the built app and a Socket.IO endpoint
 * on the same origin (the build's CSP says `connect-src 'self'`). Several relay processes share a
 * lecture through Redis: the Socket.IO Redis adapter relays broadcasts between them, and the
 * session's state (the room's secret, the lecturer's state, the answers) lives in Redis, where
 * every process reads it, so a student who joins on another process mid-lecture gets the current
 * state at once.
 *
 * Who may do what: only a socket that claimed the room with its secret (`host`) may send `state`
 * and `reveal`; students send `join` and `answer`. Every message is checked (src/relay/protocol.ts:
 * type, shape, size) and rate-limited per socket; one that fails is dropped and logged, and the
 * socket stays connected.
 */
import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  createServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { Server, type Socket } from 'socket.io';
import {
  EVENTS,
  parseAnswer,
  parseHost,
  parseJoin,
  parseReveal,
  parseState,
  fitsPrediction,
  tally,
  type OpenPrediction,
  type Response,
} from '../src/relay/protocol';
import { roomScripts } from './roomScripts';
import { serveStatic } from './static';
import { RateLimit } from './rateLimit';
import { socketGuard } from './socketGuard';

export interface RelayOptions {
  /** Port to listen on (0: any free one). */
  readonly port: number;
  /** Interface to listen on (0.0.0.0 for the local network). */
  readonly host?: string;
  /** Redis, e.g. redis://127.0.0.1:6379. */
  readonly redisUrl: string;
  /** The built app to serve (dist/); nothing is served when absent. */
  readonly staticDir?: string | null;
  /** Where dropped messages are reported (console.warn by default). */
  readonly log?: (line: string) => void;
  /** How long a session's keys live in Redis after their last change (seconds). */
  readonly ttlSeconds?: number;
  /** The address students join at (e.g. http://192.168.1.20:8080/), told to the lecturer's page
   * for its join view; the page's own origin when absent. */
  readonly joinBase?: string;
}

export interface Relay {
  readonly url: string;
  readonly port: number;
  /** Messages dropped so far, by reason (for the tests and the benchmark). */
  readonly dropped: Map<string, number>;
  /** A new room with a fresh id, secret (each 128 bits) and short code, as `host` would make it. */
  createRoom(): Promise<{ room: string; secret: string; code: string }>;
  close(): Promise<void>;
}

const PREFIX = 'bptt:';
const key = {
  room: (id: string) => `${PREFIX}room:${id}`,
  code: (code: string) => `${PREFIX}code:${code}`,
  answers: (id: string, prompt: string) => `${PREFIX}answers:${id}:${prompt}`,
  codeTries: (address: string) => `${PREFIX}code-tries:${address}`,
};

/** Joins by short code one address may try per minute, across every relay process (Redis). */
export const CODE_TRIES_PER_MINUTE = 10;
const roomChannel = (id: string) => `room:${id}`;
const hostChannel = (id: string) => `host:${id}`;

/** The prediction in a stored state (written by this relay after parseState). */
const openPrediction = (stored: string) =>
  (JSON.parse(stored) as { prediction?: OpenPrediction | null }).prediction ?? null;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface SocketData {
  room?: string;
  host?: boolean;
  /** A student's device, from its join. */
  device?: string;
}

export async function startRelay(options: RelayOptions): Promise<Relay> {
  const log = options.log ?? ((line: string) => console.warn(line));
  const ttl = options.ttlSeconds ?? 12 * 3600;
  const dropped = new Map<string, number>();
  const drop = (socket: Socket, reason: string) => {
    dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
    log(`relay: dropped ${reason} from ${socket.id}`);
  };

  const redis = createClient({ url: options.redisUrl });
  const sub = redis.duplicate();
  redis.on('error', (e: unknown) => log(`relay: redis ${String(e)}`));
  sub.on('error', (e: unknown) => log(`relay: redis (sub) ${String(e)}`));
  await Promise.all([redis.connect(), sub.connect()]);

  const http: HttpServer = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (options.staticDir) serveStatic(options.staticDir, req, res);
    else {
      res.writeHead(404);
      res.end();
    }
  });
  const io = new Server<
    Record<string, (...args: unknown[]) => void>,
    Record<string, (...args: unknown[]) => void>,
    Record<string, never>,
    SocketData
  >(http, {
    adapter: createAdapter(redis, sub, { key: `${PREFIX}socket.io` }),
    // Far above a message's own limit (MAX_MESSAGE_BYTES, checked per message): an oversized
    // message is dropped and logged, its sender stays connected. Only a frame past this, which no
    // page of the app sends, makes the transport close.
    maxHttpBufferSize: 2 * 1024 * 1024,
    serveClient: false,
    // The page and the relay share an origin; a page elsewhere may not drive a lecture.
    cors: undefined,
  });

  const scripts = roomScripts(redis, ttl);

  /** A room's stored fields, or null. */
  const readRoom = async (id: string) => {
    const r = await redis.hGetAll(key.room(id));
    return r && r.secret ? r : null;
  };

  /** A short code for typing, unused for now (six digits). */
  const newCode = async (room: string): Promise<string> => {
    for (let i = 0; i < 20; i++) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      if (await redis.set(key.code(code), room, { NX: true, EX: ttl })) return code;
    }
    throw new Error('no free short code');
  };

  io.on('connection', (socket) => {
    const joins = new RateLimit({ perSecond: 0.2, burst: 5 });
    /** Leaves the room this socket was in (a socket is in one room, in one role, at a time). */
    const leave = async () => {
      const was = socket.data.room;
      if (!was) return;
      await Promise.all([socket.leave(roomChannel(was)), socket.leave(hostChannel(was))]);
      socket.data.room = undefined;
      socket.data.host = false;
    };
    const guard = socketGuard(socket, {
      drop: (reason) => drop(socket, reason),
      log,
      // Over the rate, the lecturer's newest state is kept (the class ends where it is).
      keepsLatest: (name) => name === EVENTS.state && !!socket.data.host,
    });

    guard(EVENTS.host, async (data) => {
      const m = parseHost(data);
      if (!m) return drop(socket, 'host: malformed');
      // Rooms are made by the class command (createRoom) only: a made-up id hosts nothing.
      const room = await readRoom(m.room);
      if (!room) {
        socket.emit('unknown', {});
        return drop(socket, 'host: unknown room');
      }
      if (room.secret !== sha256(m.secret)) return drop(socket, 'host: wrong secret');
      await redis.expire(key.room(m.room), ttl);
      if (room.code) await redis.expire(key.code(room.code), ttl);
      await leave();
      socket.data.room = m.room;
      socket.data.host = true;
      await socket.join([roomChannel(m.room), hostChannel(m.room)]);
      socket.emit('hosted', {
        room: m.room,
        code: room.code,
        joinBase: options.joinBase ?? null,
        // The lecturer's next states continue from here (a clock set back would lose them).
        seq: Number(room.seq ?? 0),
      });
      // The count so far for the open prediction (a reconnecting lecturer's view of it).
      if (room.asked) {
        const n = await redis.hLen(key.answers(m.room, room.asked));
        socket.emit(EVENTS.count, { key: room.asked, n });
      }
    });

    guard(EVENTS.join, async (data) => {
      if (!joins.take()) return drop(socket, 'join: rate');
      const m = parseJoin(data);
      if (!m) return drop(socket, 'join: malformed');
      // A six-digit code can be guessed: its tries are counted per address, whatever the socket
      // or the process (a reconnect does not start a fresh count); a right code gives its try
      // back (a hall behind one address joins freely).
      const tries = key.codeTries(socket.handshake.address || 'unknown');
      if ('code' in m) {
        const [, , n] = await redis
          .multi()
          .set(tries, '0', { NX: true, EX: 60 })
          .expire(tries, 60, 'NX')
          .incr(tries)
          .exec();
        if (Number(n) > CODE_TRIES_PER_MINUTE) return drop(socket, 'join: code tries');
      }
      const id = 'room' in m ? m.room : await redis.get(key.code(m.code));
      const room = id ? await readRoom(id) : null;
      if (!id || !room) {
        socket.emit('unknown', {});
        return;
      }
      if ('code' in m) await redis.decr(tries);
      await leave();
      socket.data.room = id;
      socket.data.host = false;
      socket.data.device = m.device;
      // In the channel first, then the stored state: a state stored in between (by another
      // process) reaches this socket either way (the page keeps the highest seq).
      await socket.join(roomChannel(id));
      socket.emit('joined', { room: id });
      const now = (await readRoom(id)) ?? room;
      if (now.state) socket.emit(EVENTS.state, JSON.parse(now.state));
      if (now.revealed) socket.emit(EVENTS.answers, JSON.parse(now.revealed));
      // This device's answer to the prediction asked, as counted (a reloaded page shows it).
      if (now.asked && m.device) {
        const mine = await redis.hGet(key.answers(id, now.asked), m.device);
        if (mine) socket.emit(EVENTS.answered, { key: now.asked, response: JSON.parse(mine) });
      }
    });

    guard(EVENTS.state, async (data) => {
      const room = socket.data.room;
      if (!room || !socket.data.host) return drop(socket, 'state: not the lecturer');
      const state = parseState(data);
      if (!state) return drop(socket, 'state: malformed');
      // A later state wins; an older one (a reconnecting tab's) is not stored nor relayed.
      const stored = await scripts.state(key.room(room), {
        text: JSON.stringify(state),
        seq: state.seq,
        asked: state.prediction?.key ?? '',
        open: !!state.prediction && !state.prediction.revealed,
      });
      if (stored) socket.to(roomChannel(room)).emit(EVENTS.state, state);
    });

    guard(EVENTS.answer, async (data) => {
      const room = socket.data.room;
      if (!room || socket.data.host) return drop(socket, 'answer: not a student');
      const m = parseAnswer(data);
      if (!m) return drop(socket, 'answer: malformed');
      // One device per socket, the one it joined with: a message cannot answer for others.
      const device = socket.data.device;
      if (!device || m.device !== device) return drop(socket, 'answer: not this device');
      const stored = await redis.hGet(key.room(room), 'state');
      const asked = stored ? openPrediction(stored) : null;
      if (!asked || asked.key !== m.key) return drop(socket, 'answer: not open');
      if (!fitsPrediction(m.response, asked)) return drop(socket, 'answer: not an option');
      // Taken only while the prediction is open, checked and written in one step.
      const n = await scripts.answer(
        key.room(room),
        key.answers(room, m.key),
        m.key,
        device,
        JSON.stringify(m.response),
      );
      if (n === 'closed') return drop(socket, 'answer: not open');
      if (n === 'full') return drop(socket, 'answer: full');
      socket.emit(EVENTS.answered, { key: m.key, response: m.response });
      io.to(hostChannel(room)).emit(EVENTS.count, { key: m.key, n });
    });

    guard(EVENTS.reveal, async (data) => {
      const room = socket.data.room;
      if (!room || !socket.data.host) return drop(socket, 'reveal: not the lecturer');
      const m = parseReveal(data);
      if (!m) return drop(socket, 'reveal: malformed');
      // Closed and read in one step: an answer is either in the tally or not taken.
      const all = await scripts.reveal(key.room(room), key.answers(room, m.key), m.key);
      if (!all) return drop(socket, 'reveal: not open');
      const answers = tally(
        m.key,
        all.map((s) => JSON.parse(s) as Response),
      );
      await redis.hSet(key.room(room), 'revealed', JSON.stringify(answers));
      io.to(roomChannel(room)).emit(EVENTS.answers, answers);
    });
  });

  await new Promise<void>((resolve) =>
    http.listen(options.port, options.host ?? '127.0.0.1', resolve),
  );
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${options.host && options.host !== '0.0.0.0' ? options.host : '127.0.0.1'}:${port}`,
    port,
    dropped,
    createRoom: async () => {
      const room = randomBytes(16).toString('base64url');
      const secret = randomBytes(16).toString('base64url');
      const code = await newCode(room);
      await redis.hSet(key.room(room), { secret: sha256(secret), code });
      await redis.expire(key.room(room), ttl);
      return { room, secret, code };
    },
    close: async () => {
      await new Promise<void>((resolve) => io.close(() => resolve()));
      await Promise.allSettled([redis.quit(), sub.quit()]);
    },
  };
}
