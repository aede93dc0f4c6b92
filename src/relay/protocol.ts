/**
 * The class session's messages, between the relay (server/relay.ts) and the lecturer's and the
 * students' pages: their names, their shapes and the checks every message passes before it is
 * used. Pure and self-contained: the relay (Node) and the pages import it alike. Anything that does
 * not pass is dropped, never trusted: a student's message can never move the class.
 *
 * - The lecturer's window holds the room's id and a secret (each ≥ 128 bits, base64url); the
 *   students' link carries the room's id only. `host` claims the room with its secret.
 * - `state`: the lecturer's position, target, model and open prediction, relayed to the room
 *   and kept where every relay process can read it (Redis), so a student joining late on any
 *   process gets it at once.
 * - `answer`: a student's response to the open prediction (one per device: a new one replaces
 *   it); the lecturer hears only the count until `reveal`, which sends the class's answers to all.
 */

/** 128 bits in base64url: 22 characters. */
export const ID_LENGTH = 22;
const ID = /^[A-Za-z0-9_-]{22}$/;
/** A short code for typing (rate-limited joins): six digits. */
const CODE = /^\d{6}$/;
const DEVICE = /^[A-Za-z0-9_-]{8,64}$/;
const KEY = /^[A-Za-z0-9_@.:|-]{1,80}$/;
const STEP = /^[A-Za-z0-9_-]{1,64}$/;

/** The most a message may weigh (bytes of its JSON): a model of the app's largest sizes fits. */
export const MAX_MESSAGE_BYTES = 96 * 1024;
/** The most points a drawn answer may have. */
export const MAX_POINTS = 512;

export const EVENTS = {
  /** lecturer → relay: claim (or create) the room. */
  host: 'host',
  /** student → relay: join by id or short code. */
  join: 'join',
  /** lecturer → relay → students: the lecturer's state. */
  state: 'state',
  /** student → relay: a response to the open prediction. */
  answer: 'answer',
  /** relay → lecturer: how many have answered. */
  count: 'count',
  /** relay → student: this device's answer, as stored (after each answer, and on joining). */
  answered: 'answered',
  /** lecturer → relay → everyone: the class's answers, after the reveal. */
  reveal: 'reveal',
  answers: 'answers',
} as const;

export interface HostMessage {
  readonly room: string;
  readonly secret: string;
}

/** A join by the room's id or by its short code, with the device's anonymous id (a student's
 *  answers are this device's, whatever the answer message says). */
export type JoinMessage = ({ readonly room: string } | { readonly code: string }) & {
  readonly device?: string;
};

/** The prediction open at the lecturer's position, as the class sees it. */
export interface OpenPrediction {
  /** The class's key of the prompt: its id, the model's fingerprint and the target. */
  readonly key: string;
  readonly kind: 'choice' | 'draw' | 'binary';
  readonly revealed: boolean;
  /** The answers a choice or a binary prediction takes (`k2`, `grow`…). */
  readonly options?: readonly string[];
  /** The points a drawn answer has. */
  readonly points?: number;
}

export interface LecturerState {
  /** Increases with every state the lecturer sends (a later one wins). */
  readonly seq: number;
  readonly step: string;
  readonly sub: number;
  readonly target: number;
  /** The model file's JSON (the pages validate it with the model parser on arrival). */
  readonly model: unknown;
  readonly prediction: OpenPrediction | null;
  /** The LSTM chapter's forget-gate bias control (null: the model's own b_f). */
  readonly forgetBias?: number | null;
}

export type Response =
  | { readonly kind: 'choice'; readonly k: number }
  | { readonly kind: 'binary'; readonly option: string }
  | { readonly kind: 'draw'; readonly values: readonly number[] };

export interface AnswerMessage {
  readonly device: string;
  readonly key: string;
  readonly response: Response;
}

export interface RevealMessage {
  readonly key: string;
}

/** The class's answers to one prediction: counts by option or k, or the drawn curves. */
export interface ClassAnswers {
  readonly key: string;
  readonly total: number;
  readonly counts: Readonly<Record<string, number>>;
  readonly curves: readonly (readonly number[])[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isIndex = (v: unknown, max: number): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

/** The JSON's size in bytes, or Infinity when it cannot be written (cycles, BigInt). */
export function messageBytes(v: unknown): number {
  try {
    const text = JSON.stringify(v);
    return text === undefined ? Infinity : new TextEncoder().encode(text).length;
  } catch {
    return Infinity;
  }
}

export const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
export const isCode = (v: unknown): v is string => typeof v === 'string' && CODE.test(v);
export const isDevice = (v: unknown): v is string => typeof v === 'string' && DEVICE.test(v);

export function parseHost(v: unknown): HostMessage | null {
  if (!isRecord(v) || !isId(v.room) || !isId(v.secret)) return null;
  return { room: v.room, secret: v.secret };
}

export function parseJoin(v: unknown): JoinMessage | null {
  if (!isRecord(v)) return null;
  const device = isDevice(v.device) ? { device: v.device } : {};
  if (isId(v.room)) return { room: v.room, ...device };
  if (isCode(v.code)) return { code: v.code, ...device };
  return null;
}

const OPTION = /^[a-z0-9]{1,16}$/;

function parsePrediction(v: unknown): OpenPrediction | null | undefined {
  if (v === null) return null;
  if (!isRecord(v) || typeof v.key !== 'string' || !KEY.test(v.key)) return undefined;
  if (v.kind !== 'choice' && v.kind !== 'draw' && v.kind !== 'binary') return undefined;
  if (typeof v.revealed !== 'boolean') return undefined;
  const p: OpenPrediction = { key: v.key, kind: v.kind, revealed: v.revealed };
  if (v.kind === 'draw') {
    if (v.points === undefined) return p;
    return isIndex(v.points, MAX_POINTS) && v.points > 0 ? { ...p, points: v.points } : undefined;
  }
  if (v.options === undefined) return p;
  const ok =
    Array.isArray(v.options) &&
    v.options.length <= 64 &&
    v.options.every((o) => typeof o === 'string' && OPTION.test(o));
  return ok ? { ...p, options: v.options as string[] } : undefined;
}

/** The name an answer is counted under: `k2` for a choice, the option itself for a binary. */
export const optionOf = (r: Response): string | null =>
  r.kind === 'choice' ? `k${r.k}` : r.kind === 'binary' ? r.option : null;

/** Whether a response answers the prediction as it was asked (its kind, an offered option, a
 *  curve of its length). */
export function fitsPrediction(r: Response, p: OpenPrediction): boolean {
  if (r.kind !== p.kind) return false;
  if (r.kind === 'draw') return p.points === undefined || r.values.length === p.points;
  const name = optionOf(r);
  return p.options === undefined || (name !== null && p.options.includes(name));
}

export function parseState(v: unknown): LecturerState | null {
  if (!isRecord(v) || messageBytes(v) > MAX_MESSAGE_BYTES) return null;
  if (!isIndex(v.seq, Number.MAX_SAFE_INTEGER)) return null;
  if (typeof v.step !== 'string' || !STEP.test(v.step)) return null;
  if (!isIndex(v.sub, 100_000) || !isIndex(v.target, 100_000)) return null;
  if (!isRecord(v.model)) return null;
  const prediction = parsePrediction(v.prediction ?? null);
  if (prediction === undefined) return null;
  const fb = v.forgetBias;
  if (fb !== undefined && fb !== null && !(typeof fb === 'number' && Math.abs(fb) <= 100))
    return null;
  const state = {
    seq: v.seq,
    step: v.step,
    sub: v.sub,
    target: v.target,
    model: v.model,
    prediction,
  };
  return fb === undefined ? state : { ...state, forgetBias: fb };
}

export function parseResponse(v: unknown): Response | null {
  if (!isRecord(v)) return null;
  if (v.kind === 'choice' && isIndex(v.k, 100_000)) return { kind: 'choice', k: v.k };
  if (v.kind === 'binary' && typeof v.option === 'string' && OPTION.test(v.option))
    return { kind: 'binary', option: v.option };
  if (
    v.kind === 'draw' &&
    Array.isArray(v.values) &&
    v.values.length >= 1 &&
    v.values.length <= MAX_POINTS &&
    v.values.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0)
  )
    return { kind: 'draw', values: v.values as number[] };
  return null;
}

export function parseAnswer(v: unknown): AnswerMessage | null {
  if (!isRecord(v) || messageBytes(v) > MAX_MESSAGE_BYTES) return null;
  if (!isDevice(v.device) || typeof v.key !== 'string' || !KEY.test(v.key)) return null;
  const response = parseResponse(v.response);
  return response ? { device: v.device, key: v.key, response } : null;
}

export function parseReveal(v: unknown): RevealMessage | null {
  if (!isRecord(v) || typeof v.key !== 'string' || !KEY.test(v.key)) return null;
  return { key: v.key };
}

/** The class's answers as the relay sends them (checked on arrival like any message). */
export function parseClassAnswers(v: unknown): ClassAnswers | null {
  if (!isRecord(v) || typeof v.key !== 'string' || !KEY.test(v.key)) return null;
  if (!isIndex(v.total, 1_000_000) || !isRecord(v.counts) || !Array.isArray(v.curves)) return null;
  const counts: Record<string, number> = {};
  for (const [name, n] of Object.entries(v.counts)) {
    if (!/^[a-z0-9]{1,16}$/.test(name) || !isIndex(n, 1_000_000)) return null;
    counts[name] = n;
  }
  const curves: number[][] = [];
  for (const c of v.curves.slice(0, 10_000)) {
    const r = parseResponse({ kind: 'draw', values: c });
    if (r?.kind === 'draw') curves.push([...r.values]);
  }
  return { key: v.key, total: v.total, counts, curves };
}

/** The count of answers to the open prediction, as the relay sends it to the lecturer. */
export function parseCount(v: unknown): { key: string; n: number } | null {
  if (!isRecord(v) || typeof v.key !== 'string' || !KEY.test(v.key)) return null;
  return isIndex(v.n, 1_000_000) ? { key: v.key, n: v.n } : null;
}

/** This device's answer as the relay counted it. */
export function parseAnswered(v: unknown): { key: string; response: Response } | null {
  if (!isRecord(v) || typeof v.key !== 'string' || !KEY.test(v.key)) return null;
  const response = parseResponse(v.response);
  return response ? { key: v.key, response } : null;
}

/** The class's answers from the stored responses (one per device). */
export function tally(key: string, responses: Iterable<Response>): ClassAnswers {
  const counts: Record<string, number> = {};
  const curves: number[][] = [];
  let total = 0;
  for (const r of responses) {
    total++;
    const name = optionOf(r);
    if (name === null) curves.push(r.kind === 'draw' ? [...r.values] : []);
    else counts[name] = (counts[name] ?? 0) + 1;
  }
  return { key, total, counts, curves };
}
