// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStorage as StateStorage } from '../../../src/store/safeStorage';
import { randomModel, vanillaOf, withWeight } from '../../../src/model';
import { companionOf } from '../../../src/model/build/companions';
import { modelToJson } from '../../../src/model/io/parse';
import { createClassroomStore, type ClassroomStore } from '../../../src/classroom/store';
import { createLessonStore, type LessonStore } from '../../../src/store/store';
import {
  parseSyncMessage,
  MODEL_POST_MS,
  startSync,
  type ChannelLike,
  type SyncHandle,
} from '../../../src/classroom/sync';

function memoryStorage(): StateStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** An in-memory BroadcastChannel: asynchronous, structured-cloned, never to the sender. */
class Bus {
  readonly members = new Set<FakeChannel>();
  readonly log: unknown[] = [];
}
class FakeChannel implements ChannelLike {
  onmessage: ((ev: MessageEvent) => void) | null = null;
  closed = false;
  constructor(private readonly bus: Bus) {
    bus.members.add(this);
  }
  postMessage(message: unknown): void {
    if (this.closed) throw new Error('closed');
    const data = structuredClone(message);
    this.bus.log.push(data);
    for (const m of this.bus.members) {
      if (m !== this) queueMicrotask(() => m.deliver(data));
    }
  }
  deliver(data: unknown): void {
    if (!this.closed) this.onmessage?.({ data } as MessageEvent);
  }
  close(): void {
    this.closed = true;
    this.bus.members.delete(this);
  }
}

interface Window {
  lesson: LessonStore;
  classroom: ClassroomStore;
  sync: SyncHandle;
  channel: FakeChannel;
}

const handles: SyncHandle[] = [];
afterEach(() => {
  while (handles.length) handles.pop()!.stop();
});

function open(bus: Bus, view: 'app' | 'presenter' = 'app'): Window {
  const lesson = createLessonStore({ storage: memoryStorage(), lang: 'en' });
  const classroom = createClassroomStore({ view });
  const channel = new FakeChannel(bus);
  const sync = startSync({ lesson, classroom, channel })!;
  handles.push(sync);
  return { lesson, classroom, sync, channel };
}

/** A peer's state at a step, on the given model (its file JSON). */
function peerState(stepIndex: number, model: unknown) {
  return { stepIndex, sub: 0, blackout: false, lang: 'en', target: 3, model };
}

/** Lets every message hop and the applies they schedule (a macrotask each) run. */
const settle = async () => {
  for (let i = 0; i < 4; i++) await new Promise((r) => setTimeout(r, 0));
};

describe('sync messages', () => {
  it('accept well-formed hello and state messages', () => {
    expect(parseSyncMessage({ type: 'hello', from: 'abc', seq: 1 })).toEqual({
      type: 'hello',
      from: 'abc',
      seq: 1,
    });
    const state = { stepIndex: 2, sub: 1, blackout: true, lang: 'ru', target: 3, model: {} };
    expect(parseSyncMessage({ type: 'state', from: 'x-1', seq: 5, state })).toEqual({
      type: 'state',
      from: 'x-1',
      seq: 5,
      state,
    });
  });

  it.each([
    null,
    'hello',
    [],
    { type: 'hello', seq: 1 },
    { type: 'hello', from: '', seq: 1 },
    { type: 'hello', from: 'a b', seq: 1 },
    { type: 'hello', from: 'a', seq: -1 },
    { type: 'hello', from: 'a', seq: 1.5 },
    { type: 'bye', from: 'a', seq: 1 },
    { type: 'state', from: 'a', seq: 1 },
    {
      type: 'state',
      from: 'a',
      seq: 1,
      state: { stepIndex: -1, sub: 0, blackout: false, lang: 'en', target: 0, model: {} },
    },
    {
      type: 'state',
      from: 'a',
      seq: 1,
      state: { stepIndex: 0, sub: 0.5, blackout: false, lang: 'en', target: 0, model: {} },
    },
    {
      type: 'state',
      from: 'a',
      seq: 1,
      state: { stepIndex: 0, sub: 0, blackout: 'yes', lang: 'en', target: 0, model: {} },
    },
    {
      type: 'state',
      from: 'a',
      seq: 1,
      state: { stepIndex: 0, sub: 0, blackout: false, lang: 'de', target: 0, model: {} },
    },
    {
      type: 'state',
      from: 'a',
      seq: 1,
      state: { stepIndex: 0, sub: 0, blackout: false, lang: 'en', target: 0, model: null },
    },
  ])('reject %j', (m) => {
    expect(parseSyncMessage(m)).toBeNull();
  });
});

describe('two windows following each other', () => {
  it('moves the presenter with the lesson and the lesson with the presenter', async () => {
    const bus = new Bus();
    const main = open(bus);
    const presenter = open(bus, 'presenter');
    await settle();
    main.lesson.getState().goTo(4, 0);
    main.lesson.getState().next();
    await settle();
    const m = main.lesson.getState();
    expect(m.stepIndex * 100 + m.sub).toBeGreaterThan(400);
    expect(presenter.lesson.getState().stepIndex).toBe(m.stepIndex);
    expect(presenter.lesson.getState().sub).toBe(m.sub);

    presenter.lesson.getState().goTo(7, 1);
    presenter.classroom.getState().setBlackout(true);
    await settle();
    expect(main.lesson.getState().stepIndex).toBe(7);
    expect(main.lesson.getState().sub).toBe(1);
    expect(main.classroom.getState().blackout).toBe(true);
    expect(main.classroom.getState().connected).toBe(true);
    expect(presenter.classroom.getState().connected).toBe(true);
  });

  it('lets a window opened late catch up at once', async () => {
    const bus = new Bus();
    const main = open(bus);
    main.lesson.getState().goTo(9, 0);
    main.lesson.getState().setLang('ru');
    main.classroom.getState().setBlackout(true);
    await settle();
    const late = open(bus, 'presenter');
    await settle();
    await settle();
    expect(late.lesson.getState().stepIndex).toBe(9);
    expect(late.lesson.getState().lang).toBe('ru');
    expect(late.classroom.getState().blackout).toBe(true);
    // The late window's own start did not move the lesson back.
    expect(main.lesson.getState().stepIndex).toBe(9);
  });

  it('carries the model and target, validated', async () => {
    const bus = new Bus();
    const main = open(bus);
    const presenter = open(bus, 'presenter');
    const model = withWeight(randomModel({ seed: 3, H: 2, D: 3, K: 3, T: 7 }), 'W', 0, 1, 0.25);
    main.lesson.getState().setModel(model);
    main.lesson.getState().setTarget(5);
    await settle();
    const got = presenter.lesson.getState();
    expect(got.target).toBe(5);
    expect(modelToJson(got.model)).toEqual(modelToJson(model));

    // A malformed model from a peer is ignored; the position still applies.
    const before = presenter.lesson.getState().model;
    main.channel.postMessage({
      type: 'state',
      from: 'intruder',
      seq: 1,
      state: { stepIndex: 2, sub: 0, blackout: false, lang: 'en', target: 1, model: { U: 'x' } },
    });
    await settle();
    expect(presenter.lesson.getState().model).toBe(before);
    expect(presenter.lesson.getState().stepIndex).toBe(2);
  });

  it('does not echo: one change makes one message, and nothing bounces back', async () => {
    const bus = new Bus();
    const main = open(bus);
    open(bus, 'presenter');
    await settle();
    await settle();
    const start = bus.log.length;
    main.lesson.getState().next();
    await settle();
    await settle();
    const after = bus.log.slice(start);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ type: 'state', from: main.sync.id });
  });

  it('posts a burst of model edits once, the last one, and nothing while alone', async () => {
    const bus = new Bus();
    const alone = open(bus);
    await settle();
    const base = randomModel({ seed: 4, H: 3, D: 3, K: 3, T: 5 });
    alone.lesson.getState().setModel(base);
    alone.lesson.getState().next();
    await new Promise((r) => setTimeout(r, MODEL_POST_MS + 30));
    expect(bus.log.filter((m) => (m as { type: string }).type === 'state')).toHaveLength(0);

    const presenter = open(bus, 'presenter');
    await settle();
    await settle();
    const start = bus.log.length;
    for (let i = 1; i <= 5; i++)
      alone.lesson.getState().setModel(withWeight(base, 'W', 0, 0, i / 10));
    await settle();
    expect(bus.log.length - start).toBe(0);
    await new Promise((r) => setTimeout(r, MODEL_POST_MS + 30));
    const after = bus.log.slice(start);
    expect(after).toHaveLength(1);
    expect(vanillaOf(presenter.lesson.getState().model).W.data[0]).toBe(0.5);
  });

  it('keeps an edit that is still waiting when the peer moves, and posts it', async () => {
    const bus = new Bus();
    const a = open(bus);
    const b = open(bus, 'presenter');
    await settle();
    await settle();
    const base = randomModel({ seed: 6, H: 3, D: 3, K: 3, T: 5 });
    a.lesson.getState().setModel(base);
    a.lesson.getState().next();
    await settle();
    a.lesson.getState().setModel(withWeight(base, 'W', 0, 0, 0.777));
    await new Promise((r) => setTimeout(r, 10));
    b.lesson.getState().next();
    await new Promise((r) => setTimeout(r, MODEL_POST_MS + 50));
    expect(vanillaOf(a.lesson.getState().model).W.data[0]).toBe(0.777);
    expect(vanillaOf(b.lesson.getState().model).W.data[0]).toBe(0.777);
    expect(a.lesson.getState().stepIndex * 100 + a.lesson.getState().sub).toBe(
      b.lesson.getState().stepIndex * 100 + b.lesson.getState().sub,
    );
  });

  it('posts a waiting edit when it stops', async () => {
    const bus = new Bus();
    const a = open(bus);
    const b = open(bus, 'presenter');
    await settle();
    await settle();
    const base = randomModel({ seed: 7, H: 3, D: 3, K: 3, T: 5 });
    a.lesson.getState().setModel(withWeight(base, 'W', 0, 0, 0.333));
    a.sync.stop();
    await settle();
    expect(vanillaOf(b.lesson.getState().model).W.data[0]).toBe(0.333);
  });

  it('drops its own messages and stale ones', async () => {
    const bus = new Bus();
    const main = open(bus);
    const other = new FakeChannel(bus);
    const state = (stepIndex: number, m: unknown = modelToJson(main.lesson.getState().model)) =>
      peerState(stepIndex, m);
    other.postMessage({ type: 'state', from: main.sync.id, seq: 99, state: state(5) });
    await settle();
    expect(main.lesson.getState().stepIndex).toBe(0);
    other.postMessage({ type: 'state', from: 'peer', seq: 10, state: state(6) });
    other.postMessage({ type: 'state', from: 'peer', seq: 9, state: state(2) });
    await settle();
    expect(main.lesson.getState().stepIndex).toBe(6);
  });

  it('a flood of states is applied once, the latest; an oversized model is dropped unread', async () => {
    const bus = new Bus();
    const main = open(bus);
    const other = new FakeChannel(bus);
    const model = modelToJson(main.lesson.getState().model);
    const state = (stepIndex: number, m: unknown = model) => peerState(stepIndex, m);
    let applied = 0;
    const unsub = main.lesson.subscribe((s, prev) => {
      if (s.stepIndex !== prev.stepIndex) applied++;
    });
    for (let i = 1; i <= 500; i++)
      other.postMessage({ type: 'state', from: 'peer', seq: i, state: state(1 + (i % 9)) });
    await settle();
    expect(main.lesson.getState().stepIndex).toBe(1 + (500 % 9));
    expect(applied).toBe(1);
    unsub();
    // 100,000 rows: not even compared.
    const huge = { ...model, inputs: Array.from({ length: 100_000 }, () => [1, 0, 0, 0]) };
    expect(
      parseSyncMessage({ type: 'state', from: 'x', seq: 1, state: state(2, huge) }),
    ).toBeNull();
    const wide = { ...model, U: [Array.from({ length: 100_000 }, () => 0)] };
    expect(
      parseSyncMessage({ type: 'state', from: 'x', seq: 1, state: state(2, wide) }),
    ).toBeNull();
  });

  it('a sequence number far ahead does not silence the real peer', async () => {
    const bus = new Bus();
    const main = open(bus);
    const other = new FakeChannel(bus);
    const state = (stepIndex: number, m: unknown = modelToJson(main.lesson.getState().model)) =>
      peerState(stepIndex, m);
    other.postMessage({ type: 'state', from: 'peer', seq: 1, state: state(1) });
    await settle();
    expect(main.lesson.getState().stepIndex).toBe(1);
    // A forged message under the peer's id, numbered far ahead: dropped.
    other.postMessage({ type: 'state', from: 'peer', seq: 2 ** 52, state: state(7) });
    await settle();
    expect(main.lesson.getState().stepIndex).toBe(1);
    // The real peer goes on being heard.
    other.postMessage({ type: 'state', from: 'peer', seq: 2, state: state(4) });
    await settle();
    expect(main.lesson.getState().stepIndex).toBe(4);
  });

  it('keeps working when the other window closes', async () => {
    const bus = new Bus();
    const main = open(bus);
    const presenter = open(bus, 'presenter');
    await settle();
    presenter.sync.stop();
    main.lesson.getState().goTo(3, 0);
    main.classroom.getState().toggleBlackout();
    await settle();
    expect(main.lesson.getState().stepIndex).toBe(3);
    expect(presenter.lesson.getState().stepIndex).toBe(0);
    // A new presenter window catches up with where the lesson went meanwhile.
    const again = open(bus, 'presenter');
    await settle();
    await settle();
    expect(again.lesson.getState().stepIndex).toBe(3);
    expect(again.classroom.getState().blackout).toBe(true);
  });

  it('returns null when there is no channel to be had', () => {
    const g = globalThis as { BroadcastChannel?: unknown };
    const saved = g.BroadcastChannel;
    g.BroadcastChannel = class {
      constructor() {
        throw new DOMException('opaque origin', 'SecurityError');
      }
    };
    try {
      const lesson = createLessonStore({ storage: memoryStorage(), lang: 'en' });
      expect(startSync({ lesson, classroom: createClassroomStore() })).toBeNull();
    } finally {
      g.BroadcastChannel = saved;
    }
  });
});

describe('gated models between the windows', () => {
  it('the presenter follows a GRU and an LSTM edited in the lesson window', async () => {
    const bus = new Bus();
    const a = open(bus);
    const b = open(bus, 'presenter');
    await settle();
    await settle();
    const base = randomModel({ seed: 8, H: 3, D: 3, K: 3, T: 5 });
    for (const cell of ['gru', 'lstm'] as const) {
      const gated = companionOf(base, cell);
      a.lesson.getState().setModel(gated);
      await new Promise((r) => setTimeout(r, MODEL_POST_MS + 50));
      const got = b.lesson.getState().model;
      expect(got.cell).toBe(cell);
      expect(JSON.stringify(modelToJson(got))).toBe(JSON.stringify(modelToJson(gated)));
    }
  });

  it('refuses a gate larger than any model the app accepts, without parsing it', () => {
    const row = Array.from({ length: 300 }, () => 0);
    const model = { cell: 'gru', U: { z: [row] }, W: {}, V: [[0]], inputs: [[0]], targets: [0] };
    expect(parseSyncMessage({ type: 'state', from: 'x', seq: 1, state: peerState(0, model) })).toBe(
      null,
    );
  });
});
