/**
 * The relay's steps that must not interleave, across sockets and relay processes, each one Redis
 * script (atomic on the server): a lecturer's state stored only if newer; an answer taken only
 * while its prediction is open; a reveal that closes the prediction and reads every answer in
 * the same step. A room's hash keeps, beside the state's JSON, `seq`, `asked` (the prediction's
 * key, open or revealed) and `open` (its key while answers are taken, else empty).
 */
import type { createClient } from 'redis';

type Redis = ReturnType<typeof createClient>;

/** The most answers one prediction keeps (a hall, with room to spare); more are dropped. */
export const MAX_ANSWERS = 2000;

const STATE = `
local seq = tonumber(redis.call('HGET', KEYS[1], 'seq') or '-1')
if seq > tonumber(ARGV[1]) then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[2], 'seq', ARGV[1], 'asked', ARGV[3], 'open', ARGV[4])
if ARGV[4] ~= '' or ARGV[3] == '' then redis.call('HDEL', KEYS[1], 'revealed') end
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[5]))
return 1
`;

const ANSWER = `
if redis.call('HGET', KEYS[1], 'open') ~= ARGV[1] then return -1 end
if redis.call('HEXISTS', KEYS[2], ARGV[2]) == 0 and redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[4]) then return -2 end
redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
redis.call('EXPIRE', KEYS[2], tonumber(ARGV[5]))
return redis.call('HLEN', KEYS[2])
`;

const REVEAL = `
if redis.call('HGET', KEYS[1], 'asked') ~= ARGV[1] then return false end
redis.call('HSET', KEYS[1], 'open', '')
return redis.call('HVALS', KEYS[2])
`;

export interface StoredState {
  readonly text: string;
  readonly seq: number;
  /** The prediction's key ('' for none) and whether it takes answers. */
  readonly asked: string;
  readonly open: boolean;
}

export function roomScripts(redis: Redis, ttl: number) {
  return {
    /** Stores the state unless a newer one is there; true when stored. */
    async state(room: string, s: StoredState): Promise<boolean> {
      const r = await redis.eval(STATE, {
        keys: [room],
        arguments: [String(s.seq), s.text, s.asked, s.open ? s.asked : '', String(ttl)],
      });
      return r === 1;
    },
    /** Takes an answer: the count after it, 'closed' (not open) or 'full'. */
    async answer(
      room: string,
      answers: string,
      prompt: string,
      device: string,
      response: string,
    ): Promise<number | 'closed' | 'full'> {
      const r = Number(
        await redis.eval(ANSWER, {
          keys: [room, answers],
          arguments: [prompt, device, response, String(MAX_ANSWERS), String(ttl)],
        }),
      );
      return r === -1 ? 'closed' : r === -2 ? 'full' : r;
    },
    /** Closes the prediction and reads its answers; null when it is not the one asked. */
    async reveal(room: string, answers: string, prompt: string): Promise<string[] | null> {
      const r = await redis.eval(REVEAL, { keys: [room, answers], arguments: [prompt] });
      return Array.isArray(r) ? (r as string[]) : null;
    },
  };
}
