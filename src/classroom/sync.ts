/**
 * The lesson window and the presenter window follow each other over a BroadcastChannel named
 * after their deck (deck.ts: the two windows, no other tab). Messages are {type: 'hello' | 'state', from, seq, state}:
 * - a window that starts posts `hello`; every window that hears a hello answers with its `state`,
 *   so a window opened late catches up at once;
 * - once it has heard from another window, a window posts `state` whenever its position,
 *   blackout, language or target changes, and its model at most every MODEL_POST_MS.
 * Echoes are guarded twice: messages carrying this window's own id are dropped, and changes made
 * while applying a peer's state are not posted back. Older messages from a peer (lower seq) are
 * dropped, and so are messages claiming a sequence number far ahead of the peer's last one (which
 * would otherwise silence the real peer until it caught up). Everything received is validated before use; a malformed message is ignored. Closing
 * either window leaves the other working (the channel is simply quiet).
 */
import type { Lang } from '../i18n';
import { modelToJson } from '../model/io/modelJson';
import { parseModel } from '../model/io/parse';
import { CELL_KINDS, type AnyModel } from '../model';
import type { ClassroomStore } from './store';
import { isLang } from '../url/values';
import { currentDeckId, randomId } from './deck';
import type { LessonStore } from '../store/store';
import { clampForgetBias, gatedStore } from '../store/gatedStore';

export const SYNC_CHANNEL = 'bptt-deck';

/** The channel of one deck (deck.ts): a lesson window and its presenter window. */
export function channelName(deck: string): string {
  return `${SYNC_CHANNEL}:${deck}`;
}

export interface SyncState {
  readonly stepIndex: number;
  readonly sub: number;
  readonly blackout: boolean;
  readonly lang: Lang;
  readonly target: number;
  /** The model file's JSON (modelToJson), of any cell, validated with parseModel on arrival. */
  readonly model: unknown;
  /** The gated chapter's forget-gate bias (null: the default); a bad value is ignored. */
  readonly forgetBias?: number | null;
}

export type SyncMessage =
  | { readonly type: 'hello'; readonly from: string; readonly seq: number }
  | {
      readonly type: 'state';
      readonly from: string;
      readonly seq: number;
      readonly state: SyncState;
    };

/** The part of BroadcastChannel the sync uses (a test can pass a fake). */
export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((ev: MessageEvent) => void) | null;
}

const MAX_INDEX = 100_000;
/** The most a peer's sequence number may move on between two messages heard. */
export const MAX_SEQ_JUMP = 1000;
/** Model edits are posted at most this often (ms). */
export const MODEL_POST_MS = 100;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

function isIndex(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_INDEX;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The most rows or columns any matrix of a model may have (the model file's LIMITS). */
const MAX_SIDE = 256;

/**
 * Whether a model's JSON is small enough to look at: every array of it (and every row of its
 * matrices) at most MAX_SIDE long, checked without walking the numbers; a gated cell's U, W and b
 * are records by gate, each checked likewise. A larger one is no model the app accepts, and
 * comparing or parsing it could hold the page.
 */
function withinLimits(model: Record<string, unknown>, depth = 0): boolean {
  let fields = 0;
  for (const key in model) {
    if (!Object.hasOwn(model, key)) continue;
    if (++fields > 32) return false;
    const v = model[key];
    if (isRecord(v)) {
      if (depth > 0 || !withinLimits(v, depth + 1)) return false;
      continue;
    }
    if (!Array.isArray(v)) continue;
    if (v.length > MAX_SIDE) return false;
    for (const row of v) if (Array.isArray(row) && row.length > MAX_SIDE) return false;
  }
  return true;
}

/** The message, checked field by field, or null when anything is missing or malformed. */
export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (!isRecord(data)) return null;
  const { type, from, seq } = data;
  if (typeof from !== 'string' || !ID_PATTERN.test(from)) return null;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 0) return null;
  if (type === 'hello') return { type, from, seq };
  if (type !== 'state') return null;
  const s = data.state;
  if (!isRecord(s)) return null;
  if (!isIndex(s.stepIndex) || !isIndex(s.sub) || !isIndex(s.target)) return null;
  if (typeof s.blackout !== 'boolean' || !isLang(s.lang)) return null;
  if (!isRecord(s.model) || !withinLimits(s.model)) return null;
  const forgetBias = clampForgetBias(s.forgetBias);
  return {
    type,
    from,
    seq,
    state: {
      stepIndex: s.stepIndex,
      sub: s.sub,
      blackout: s.blackout,
      lang: s.lang,
      target: s.target,
      model: s.model,
      ...(forgetBias !== undefined ? { forgetBias } : {}),
    },
  };
}

const jsonCache = new WeakMap<AnyModel, string>();

function modelJsonOf(model: AnyModel): { json: unknown; text: string } {
  const json = modelToJson(model);
  let text = jsonCache.get(model);
  if (text === undefined) {
    text = JSON.stringify(json);
    jsonCache.set(model, text);
  }
  return { json, text };
}

export function syncStateOf(lesson: LessonStore, classroom: ClassroomStore): SyncState {
  const s = lesson.getState();
  return {
    stepIndex: s.stepIndex,
    sub: s.sub,
    blackout: classroom.getState().blackout,
    lang: s.lang,
    target: s.target,
    model: modelJsonOf(s.model).json,
    forgetBias: gatedStore.getState().forgetBias,
  };
}

export interface SyncOptions {
  readonly lesson: LessonStore;
  readonly classroom: ClassroomStore;
  /** Defaults to `new BroadcastChannel(channelName(deck))`. */
  readonly channel?: ChannelLike;
  /** The deck whose windows follow each other (deck.ts); this page's by default. */
  readonly deck?: string;
  /** Defaults to a random id. */
  readonly id?: string;
}

export interface SyncHandle {
  readonly id: string;
  /** Posts this window's state now. */
  announce(): void;
  stop(): void;
}

/**
 * Starts following other windows; returns null when BroadcastChannel is missing or refused (an
 * opaque origin such as a file opened from disk may refuse it).
 */
export function startSync(options: SyncOptions): SyncHandle | null {
  const { lesson, classroom } = options;
  let channel: ChannelLike;
  try {
    channel = options.channel ?? new BroadcastChannel(channelName(options.deck ?? currentDeckId()));
  } catch {
    return null;
  }
  const id = options.id ?? randomId();
  let seq = 0;
  let applying = false;
  let stopped = false;
  const lastSeq = new Map<string, number>();
  /** The last model taken from a peer, with its text, so an unchanged model is not re-parsed. */
  let received: { text: string; model: AnyModel } | null = null;
  /** Whether another window has been heard from. */
  let peers = false;
  /** A peer's state received and not yet applied (the latest of a burst). */
  let latest: SyncState | null = null;
  /** A model edit waiting to be posted. */
  let pending: ReturnType<typeof setTimeout> | null = null;

  const post = (message: SyncMessage) => {
    if (stopped) return;
    try {
      channel.postMessage(message);
    } catch {
      // A closed channel or an uncloneable value: the other window simply does not follow.
    }
  };
  const postState = () =>
    post({ type: 'state', from: id, seq: ++seq, state: syncStateOf(lesson, classroom) });

  const apply = (state: SyncState) => {
    applying = true;
    try {
      const s = lesson.getState();
      const text = JSON.stringify(state.model);
      const same = received?.model === s.model && received.text === text;
      // An edit of this window not yet posted is newer than the peer's model: keep it (it is
      // posted right after, and the peer takes it).
      if (pending === null && !same && modelJsonOf(s.model).text !== text) {
        const parsed = parseModel(state.model, { cells: CELL_KINDS });
        if (parsed.ok) {
          s.setModel(parsed.model);
          received = { text, model: lesson.getState().model };
        }
      }
      if (lesson.getState().target !== state.target) lesson.getState().setTarget(state.target);
      if (lesson.getState().lang !== state.lang) lesson.getState().setLang(state.lang);
      const cur = lesson.getState();
      if (cur.stepIndex !== state.stepIndex || cur.sub !== state.sub) {
        cur.goTo(state.stepIndex, state.sub);
      }
      classroom.getState().setBlackout(state.blackout);
      if (state.forgetBias !== undefined && gatedStore.getState().forgetBias !== state.forgetBias)
        gatedStore.getState().setForgetBias(state.forgetBias);
    } finally {
      applying = false;
    }
  };

  channel.onmessage = (ev: MessageEvent) => {
    const msg = parseSyncMessage(ev.data);
    if (!msg || msg.from === id) return;
    const before = lastSeq.get(msg.from);
    if (before !== undefined && (msg.seq <= before || msg.seq > before + MAX_SEQ_JUMP)) return;
    lastSeq.set(msg.from, msg.seq);
    peers = true;
    classroom.getState().setConnected(true);
    if (msg.type === 'hello') postState();
    else {
      // A burst of states is applied once, the latest: a flood cannot hold the page.
      const first = latest === null;
      latest = msg.state;
      if (first)
        setTimeout(() => {
          const state = latest;
          latest = null;
          if (stopped || state === null) return;
          apply(state);
          if (pending !== null) flush();
        }, 0);
    }
  };

  // A model edit (a slider dragged, a cell typed) is posted at most once per MODEL_POST_MS, the
  // latest one; a change of position, language, target or blackout goes at once (and carries
  // the latest model). Nothing is posted before another window has been heard from: a window
  // that opens later says hello and is answered with the whole state.
  const flush = () => {
    if (pending !== null) clearTimeout(pending);
    pending = null;
    if (peers) postState();
  };
  const unsubLesson = lesson.subscribe((s, prev) => {
    if (applying || !peers) return;
    if (
      s.stepIndex !== prev.stepIndex ||
      s.sub !== prev.sub ||
      s.lang !== prev.lang ||
      s.target !== prev.target
    ) {
      flush();
    } else if (s.model !== prev.model && pending === null) {
      pending = setTimeout(flush, MODEL_POST_MS);
    }
  });
  const unsubClassroom = classroom.subscribe((s, prev) => {
    if (!applying && peers && s.blackout !== prev.blackout) flush();
  });
  const unsubGated = gatedStore.subscribe((s, prev) => {
    if (!applying && peers && s.forgetBias !== prev.forgetBias) flush();
  });

  post({ type: 'hello', from: id, seq: ++seq });

  return {
    id,
    announce: postState,
    stop: () => {
      if (stopped) return;
      // An edit still waiting goes out before the channel closes.
      if (pending !== null) flush();
      unsubLesson();
      unsubClassroom();
      unsubGated();
      channel.onmessage = null;
      stopped = true;
      try {
        channel.close();
      } catch {
        // Already closed.
      }
    },
  };
}
