/**
 * The page's side of a class session (`#…?room=<id>`, and for the lecturer `&host=<secret>`),
 * over the relay on the page's own origin (server/relay.ts; messages in src/relay/protocol.ts):
 * - the lecturer's window claims the room and sends its position, target and model whenever they
 *   change (a state with a rising `seq`), and again on every reconnection;
 * - a student's window joins and follows: each state received (checked, its model parsed like a
 *   file's) moves the lesson there, unless the student has stepped away (detached: any move of
 *   their own); catching up (the badge's button, or C) follows again at once.
 * The secret leaves the address once read (the store's URL sync writes no `host`): it is kept
 * for the tab in sessionStorage, so a reload keeps the lecturer's role. A chunk of its own, loaded
 * only for a link with a room.
 */
import { io, type Socket } from 'socket.io-client';
import { STEPS } from '../lesson/steps';
import { modelToJson } from '../model/io/modelJson';
import { parseModel } from '../model/io/parse';
import { CELL_KINDS } from '../model';
import {
  EVENTS,
  isId,
  parseClassAnswers,
  parseAnswered,
  parseCount,
  parseState,
  type LecturerState,
  type Response,
} from '../relay/protocol';
import type { LessonStore } from '../store/store';
import { classView } from '../store/classView';
import { gatedStore } from '../store/gatedStore';
import { BINARY_OPTIONS, type PromptResponse } from '../lesson/prompts/types';
import { sessionStore } from './sessionStore';

const SECRET_KEY = 'bptt-room-secret:';
/** A lecturer's states are sent at most this often (ms); the last one always goes. */
export const STATE_POST_MS = 50;

function storedSecret(room: string): string | null {
  try {
    return sessionStorage.getItem(SECRET_KEY + room);
  } catch {
    return null;
  }
}

function keepSecret(room: string, secret: string): void {
  try {
    sessionStorage.setItem(SECRET_KEY + room, secret);
  } catch {
    // A refused storage: the role lasts for this page only.
  }
}

const OPTIONS: readonly string[] = Object.values(BINARY_OPTIONS).flat();

/** A relayed response as the lesson's: a binary option the prompts know, or null. */
function promptResponse(r: Response): PromptResponse | null {
  if (r.kind !== 'binary') return r;
  return OPTIONS.includes(r.option) ? (r as PromptResponse) : null;
}

const DEVICE_KEY = 'bptt-device';

/** This device's anonymous id (kept, so a reload answers as the same device). No
 *  crypto.randomUUID: a LAN address over http is not a secure context. */
function deviceId(): string {
  try {
    const kept = localStorage.getItem(DEVICE_KEY);
    if (kept && /^[A-Za-z0-9_-]{22}$/.test(kept)) return kept;
  } catch {
    // No storage: an id for this page.
  }
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const id = btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  try {
    localStorage.setItem(DEVICE_KEY, id);
  } catch {
    // Kept for this page only.
  }
  return id;
}

/** The lecturer's state of the lesson as sent to the room. */
export function lecturerState(lesson: LessonStore, seq: number): LecturerState {
  const s = lesson.getState();
  return {
    seq,
    step: STEPS[s.stepIndex]?.id ?? STEPS[0].id,
    sub: s.sub,
    target: s.target,
    model: modelToJson(s.model),
    prediction: classView.getState().mine,
    forgetBias: gatedStore.getState().forgetBias,
  };
}

export interface SessionOptions {
  readonly lesson: LessonStore;
  readonly room: string;
  /** The room's secret from the link, if any (the lecturer's). */
  readonly secret: string | null;
  /** Where to connect (the page's origin by default). */
  readonly url?: string;
}

export function startSession(options: SessionOptions): () => void {
  const { lesson, room } = options;
  if (!isId(room)) return () => undefined;
  if (options.secret && isId(options.secret)) keepSecret(room, options.secret);
  const secret = options.secret && isId(options.secret) ? options.secret : storedSecret(room);
  const role = secret ? 'lecturer' : 'student';
  const socket: Socket = io(options.url ?? '', {
    transports: ['websocket', 'polling'],
    reconnectionDelayMax: 4000,
  });
  sessionStore.getState().start(role);
  sessionStore.setState({ room });
  const device = role === 'student' ? deviceId() : '';
  // A student's answer goes when connected; one chosen offline goes on the next join, and shows
  // as sent only once the relay has counted it (`answered`).
  const sendAnswer = (key: string, response: PromptResponse) => {
    if (socket.connected && joined) socket.emit(EVENTS.answer, { device, key, response });
  };
  let joined = false;
  classView.setState({ role, room, send: sendAnswer });
  const status = sessionStore.getState();

  // ── The lecturer ───────────────────────────────────────────────────────────────────────
  // Rising with the clock, so a reloaded tab's states (and the presenter window's, which holds
  // the secret too and shows the same position) win over older ones.
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = 0;
  // Until the practice feature has said which prediction is here (or 3 s have passed), no state
  // goes: one saying "no prediction" would close the one open.
  let waited = false;
  setTimeout(() => {
    waited = true;
    if (role === 'lecturer') sendSoon();
  }, 3000);
  const send = () => {
    timer = null;
    if (!classView.getState().ready && !waited) return;
    last = Date.now();
    seq = Math.max(seq + 1, Date.now() * 1000);
    if (socket.connected) socket.emit(EVENTS.state, lecturerState(lesson, seq));
  };
  const sendSoon = () => {
    if (timer !== null) return;
    timer = setTimeout(send, Math.max(0, last + STATE_POST_MS - Date.now()));
  };

  // ── A student ──────────────────────────────────────────────────────────────────────────
  let applying = false;
  let latest: LecturerState | null = null;
  let modelText: string | null = null;
  const apply = (state: LecturerState) => {
    applying = true;
    try {
      const text = JSON.stringify(state.model);
      if (text !== modelText && text !== JSON.stringify(modelToJson(lesson.getState().model))) {
        const parsed = parseModel(state.model, { cells: CELL_KINDS });
        if (parsed.ok) lesson.getState().setModel(parsed.model);
        else return;
      }
      modelText = text;
      if (lesson.getState().target !== state.target) lesson.getState().setTarget(state.target);
      const fb = state.forgetBias;
      if (fb !== undefined && gatedStore.getState().forgetBias !== fb)
        gatedStore.getState().setForgetBias(fb);
      const i = STEPS.findIndex((s) => s.id === state.step);
      if (i >= 0) {
        const cur = lesson.getState();
        if (cur.stepIndex !== i || cur.sub !== state.sub) cur.goTo(i, state.sub);
      }
    } finally {
      applying = false;
    }
  };
  sessionStore.setState({
    catchUp: () => {
      sessionStore.setState({ following: true });
      // The model shown now may be the student's own: compared afresh.
      modelText = null;
      if (latest) apply(latest);
    },
  });

  socket.on('connect', () => {
    status.setConnected(true);
    if (role === 'lecturer') socket.emit(EVENTS.host, { room, secret });
    else socket.emit(EVENTS.join, { room, device });
  });
  socket.on('disconnect', () => {
    joined = false;
    sessionStore.getState().setConnected(false);
  });
  socket.on('joined', () => {
    joined = true;
    // Answers chosen while away, and not yet counted, go now (the relay takes the open one).
    const { chosen, sent } = classView.getState();
    for (const [key, response] of Object.entries(chosen))
      if (JSON.stringify(sent[key]) !== JSON.stringify(response)) sendAnswer(key, response);
  });
  socket.on(EVENTS.answered, (data: unknown) => {
    const a = parseAnswered(data);
    const response = a ? promptResponse(a.response) : null;
    if (!a || !response || role !== 'student') return;
    classView.setState((s) => ({
      sent: { ...s.sent, [a.key]: response },
      chosen: s.chosen[a.key] ? s.chosen : { ...s.chosen, [a.key]: response },
    }));
  });
  socket.on('hosted', (m: unknown) => {
    const r = typeof m === 'object' && m ? (m as { code?: unknown; joinBase?: unknown }) : {};
    const code = typeof r.code === 'string' && /^\d{6}$/.test(r.code) ? r.code : null;
    const base = typeof r.joinBase === 'string' && /^https?:\/\/[^\s"<>]{1,200}$/.test(r.joinBase);
    sessionStore.setState({ code, joinBase: base ? (r.joinBase as string) : null });
    const stored =
      typeof (m as { seq?: unknown })?.seq === 'number' ? (m as { seq: number }).seq : 0;
    if (Number.isSafeInteger(stored)) seq = Math.max(seq, stored);
    send();
    // A reveal made while the network was away goes now (the relay reveals it once).
    const mine = classView.getState().mine;
    if (mine?.revealed) socket.emit(EVENTS.reveal, { key: mine.key });
  });
  socket.on('unknown', () => sessionStore.setState({ unknown: true }));
  socket.on(EVENTS.count, (data: unknown) => {
    const c = parseCount(data);
    // Counts from several relay processes can cross: a prediction's count never goes down.
    const was = classView.getState().count;
    if (c && role === 'lecturer' && !(was?.key === c.key && was.n > c.n))
      classView.setState({ count: c });
  });
  socket.on(EVENTS.answers, (data: unknown) => {
    const a = parseClassAnswers(data);
    if (a) classView.setState({ answers: a });
  });
  socket.on(EVENTS.state, (data: unknown) => {
    if (role !== 'student') return;
    const state = parseState(data);
    if (!state || (latest && state.seq < latest.seq)) return;
    latest = state;
    sessionStore.setState({ lecturer: { step: state.step, sub: state.sub } });
    const p = state.prediction;
    const was = classView.getState().lecturer;
    if (p?.key !== was?.key || p?.revealed !== was?.revealed) classView.setState({ lecturer: p });
    if (sessionStore.getState().following) apply(state);
  });

  const unsubscribe = lesson.subscribe((s, p) => {
    const moved = s.stepIndex !== p.stepIndex || s.sub !== p.sub;
    const changed = moved || s.target !== p.target || s.model !== p.model;
    if (!changed) return;
    if (role === 'lecturer') sendSoon();
    else if (!applying) {
      if (s.model !== p.model) modelText = null;
      if (sessionStore.getState().following) sessionStore.setState({ following: false });
    }
  });

  // The LSTM chapter's forget-gate bias: part of what the class sees (and of the LSTM's answer).
  const unsubscribeGated = gatedStore.subscribe((s, p) => {
    if (role === 'lecturer' && s.forgetBias !== p.forgetBias) sendSoon();
  });

  // The lecturer's prediction: sent with the position; its reveal reveals the class's answers.
  const unsubscribeClass = classView.subscribe((s, p) => {
    if (role !== 'lecturer') return;
    if (s.ready && !p.ready) sendSoon();
    if (s.mine === p.mine) return;
    if (s.mine?.revealed && (!p.mine?.revealed || p.mine.key !== s.mine.key)) {
      // The closed prediction first (no answer is taken after it), then the reveal.
      if (timer !== null) clearTimeout(timer);
      send();
      if (socket.connected) socket.emit(EVENTS.reveal, { key: s.mine.key });
    } else sendSoon();
  });

  return () => {
    unsubscribe();
    unsubscribeClass();
    unsubscribeGated();
    if (timer !== null) clearTimeout(timer);
    socket.disconnect();
  };
}
