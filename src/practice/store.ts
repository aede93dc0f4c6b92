/**
 * The student's own side of the predictions and cards: whether predictions are asked, and the
 * answers given, kept in localStorage per model (its fingerprint) and target, so a reload keeps
 * them and another model starts fresh. What is read back is validated: a stored entry that is not
 * well formed is dropped, never trusted.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { BINARY_OPTIONS, type PromptId, type PromptResponse } from '../lesson/prompts/types';
import { PROMPTS } from '../lesson/prompts/prompts';
import { reportStorageFailure, safeStorage, type SyncStorage } from '../store/safeStorage';

export const PRACTICE_KEY = 'bptt-practice';
/** The most models whose answers are kept (the oldest are dropped first). */
export const MAX_MODELS = 24;
/** The longest drawn curve kept (t★ + 1 points). */
const MAX_POINTS = 10_000;

/** A prompt's outcome: answered (with the response) or skipped. */
export type PromptRecord =
  { readonly state: 'answered'; readonly response: PromptResponse } | { readonly state: 'skipped' };

/** A card's attempts: the values tried, in order, and whether it was solved. */
export interface CardRecord {
  readonly tries: readonly number[];
  readonly solved: boolean;
}

/** Everything kept for one model and target. */
export interface ModelRecord {
  readonly prompts: Readonly<Partial<Record<string, PromptRecord>>>;
  readonly cards: Readonly<Partial<Record<string, CardRecord>>>;
  /** The quiz's best score and its size. */
  readonly quiz: { readonly best: number; readonly of: number } | null;
  /** When last written (ms), to drop the oldest. */
  readonly at: number;
}

export interface PracticeState {
  /** Predictions are asked before the reveals (the setting; `?hide=predictions` turns it off for a visit). */
  readonly enabled: boolean;
  /** By model key (modelKey): the answers. */
  readonly records: Readonly<Record<string, ModelRecord>>;
  setEnabled(on: boolean): void;
  setPrompt(model: string, prompt: string, record: PromptRecord): void;
  setCard(model: string, card: string, record: CardRecord): void;
  setQuiz(model: string, score: number, of: number): void;
  /** Forgets the answers of one model (a new attempt). */
  clear(model: string): void;
}

const PROMPT_IDS = new Set<string>(PROMPTS.map((p) => p.id));
const OPTIONS = new Set<string>(Object.values(BINARY_OPTIONS).flat());

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readResponse(v: unknown): PromptResponse | null {
  if (!isRecord(v)) return null;
  if (v.kind === 'choice' && Number.isInteger(v.k) && (v.k as number) >= 0)
    return { kind: 'choice', k: v.k as number };
  if (v.kind === 'binary' && typeof v.option === 'string' && OPTIONS.has(v.option))
    return { kind: 'binary', option: v.option as never };
  if (
    v.kind === 'draw' &&
    Array.isArray(v.values) &&
    v.values.length <= MAX_POINTS &&
    v.values.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0)
  )
    return { kind: 'draw', values: v.values as number[] };
  return null;
}

function readPrompt(v: unknown): PromptRecord | null {
  if (!isRecord(v)) return null;
  if (v.state === 'skipped') return { state: 'skipped' };
  const response = v.state === 'answered' ? readResponse(v.response) : null;
  return response ? { state: 'answered', response } : null;
}

function readCard(v: unknown): CardRecord | null {
  if (!isRecord(v) || typeof v.solved !== 'boolean' || !Array.isArray(v.tries)) return null;
  const tries = v.tries.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return { tries: tries.slice(-16), solved: v.solved };
}

function readModel(v: unknown): ModelRecord | null {
  if (!isRecord(v)) return null;
  const prompts: Record<string, PromptRecord> = {};
  const cards: Record<string, CardRecord> = {};
  if (isRecord(v.prompts))
    for (const [k, p] of Object.entries(v.prompts)) {
      const r = PROMPT_IDS.has(k.split('@')[0]) ? readPrompt(p) : null;
      if (r) prompts[k] = r;
    }
  if (isRecord(v.cards))
    for (const [k, c] of Object.entries(v.cards).slice(0, 64)) {
      const r = readCard(c);
      if (r) cards[k] = r;
    }
  const q = isRecord(v.quiz) ? v.quiz : null;
  const quiz =
    q && Number.isInteger(q.best) && Number.isInteger(q.of) && (q.of as number) > 0
      ? { best: Math.min(q.best as number, q.of as number), of: q.of as number }
      : null;
  const at = typeof v.at === 'number' && Number.isFinite(v.at) ? v.at : 0;
  return { prompts, cards, quiz, at };
}

/** The stored state, validated entry by entry. */
export function readStored(text: string | null): Pick<PracticeState, 'enabled' | 'records'> {
  let data: unknown;
  try {
    data = text === null ? null : JSON.parse(text);
  } catch {
    data = null;
  }
  const d = isRecord(data) ? data : {};
  const records: Record<string, ModelRecord> = {};
  if (isRecord(d.records))
    for (const [k, v] of Object.entries(d.records).slice(0, MAX_MODELS * 2)) {
      const r = /^[A-Za-z0-9|@:._-]{1,80}$/.test(k) ? readModel(v) : null;
      if (r) records[k] = r;
    }
  return { enabled: d.enabled !== false, records: prune(records) };
}

function prune(records: Record<string, ModelRecord>): Record<string, ModelRecord> {
  const keys = Object.keys(records);
  if (keys.length <= MAX_MODELS) return records;
  const kept = keys.sort((a, b) => records[b].at - records[a].at).slice(0, MAX_MODELS);
  return Object.fromEntries(kept.map((k) => [k, records[k]]));
}

const EMPTY: ModelRecord = { prompts: {}, cards: {}, quiz: null, at: 0 };

export function createPracticeStore(storage?: SyncStorage) {
  const store = safeStorage(() => storage ?? window.localStorage, reportStorageFailure);
  const initial = readStored(store.getItem(PRACTICE_KEY) as string | null);
  return createStore<PracticeState>()((set, get) => {
    const save = () => {
      const { enabled, records } = get();
      store.setItem(PRACTICE_KEY, JSON.stringify({ enabled, records }));
    };
    const update = (model: string, change: (r: ModelRecord) => Partial<ModelRecord>) => {
      const r = get().records[model] ?? EMPTY;
      const next = { ...r, ...change(r), at: Date.now() };
      set({ records: prune({ ...get().records, [model]: next }) });
      save();
    };
    return {
      ...initial,
      setEnabled: (on) => {
        set({ enabled: on });
        save();
      },
      setPrompt: (model, prompt, record) =>
        update(model, (r) => ({ prompts: { ...r.prompts, [prompt]: record } })),
      setCard: (model, card, record) =>
        update(model, (r) => ({
          cards: { ...r.cards, [card]: { ...record, tries: record.tries.slice(-16) } },
        })),
      setQuiz: (model, score, of) =>
        update(model, (r) => ({
          quiz: { best: Math.max(score, r.quiz && r.quiz.of === of ? r.quiz.best : 0), of },
        })),
      clear: (model) => {
        const { [model]: _gone, ...rest } = get().records;
        set({ records: rest });
        save();
      },
    };
  });
}

export type PracticeStore = ReturnType<typeof createPracticeStore>;

export const practiceStore = createPracticeStore();

export function usePractice<U>(selector: (s: PracticeState) => U): U {
  return useStore(practiceStore, selector);
}

/**
 * The key of a prompt's record: its id. (The LSTM's, moved by the forget-gate bias control at its
 * own position, keeps its answer across the control's values: it is judged against each.)
 */
export function promptKey(id: PromptId, _forgetBias: number | null): string {
  return id;
}
