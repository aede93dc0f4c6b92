// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SyncStorage as StateStorage } from '../../../src/store/safeStorage';
import {
  defaultModel,
  frobenius,
  norm2,
  randomModel,
  sigmaMax,
  targetTerms,
  forward,
  vanillaOf,
} from '../../../src/model';
import { STEPS, stepIndexOf } from '../../../src/lesson/steps';
import { createLessonStore, PERSIST_KEY } from '../../../src/store/store';
import {
  selectCounts,
  selectForward,
  selectStepModel,
  selectStepTermSummaries,
  selectSubCount,
  selectTargetTerms,
  selectTermSummaries,
} from '../../../src/store/selectors';
import { startUrlSync } from '../../../src/store/url';
import { encodeModelLink } from '../../../src/url';
import { eventually, fakeWindow } from '../url/fakeWindow';

function memoryStorage(
  initial: Record<string, string> = {},
): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const make = (storage = memoryStorage()) => createLessonStore({ storage, lang: 'en' });

describe('store defaults', () => {
  it('starts at the first step on the default example, t★ = 3', () => {
    const s = make().getState();
    expect(s.stepIndex).toBe(0);
    expect(s.sub).toBe(0);
    expect(s.seed).toBe(1);
    expect(s.target).toBe(3);
    expect(s.theme).toBe('light');
    expect(s.lang).toBe('en');
    expect(Array.from(vanillaOf(s.model).W.data)).toEqual(Array.from(defaultModel(1).W.data));
  });
});

describe('navigation actions', () => {
  it('walks every sub-step of every step and back', () => {
    const store = make();
    const counts = selectCounts(store.getState());
    expect(counts.length).toBe(STEPS.length);
    const total = counts.reduce((a, b) => a + b, 0);
    const seen = new Set<string>();
    for (let i = 0; i < total + 3; i++) {
      const { stepIndex, sub } = store.getState();
      seen.add(`${stepIndex}/${sub}`);
      store.getState().next();
    }
    expect(seen.size).toBe(total);
    expect(store.getState().stepIndex).toBe(STEPS.length - 1);
    for (let i = 0; i < total + 3; i++) store.getState().prev();
    expect(store.getState().stepIndex).toBe(0);
    expect(store.getState().sub).toBe(0);
  });

  it("prev at sub 0 lands on the previous step's last sub-step", () => {
    const store = make();
    const k = stepIndexOf('sum-over-k');
    store.getState().goTo(k + 1, 0);
    store.getState().prev();
    const s = store.getState();
    expect(s.stepIndex).toBe(k);
    expect(s.sub).toBe(selectSubCount(s) - 1);
    // 'backward': one sub-step per k = t★ … 0, plus the sum.
    expect(selectSubCount(s)).toBe(s.target + 2);
  });

  it('clamps goTo, first and last', () => {
    const store = make();
    store.getState().goTo(999, 999);
    const s = store.getState();
    expect(s.stepIndex).toBe(STEPS.length - 1);
    expect(s.sub).toBe(selectSubCount(s) - 1);
    store.getState().first();
    expect(store.getState().stepIndex).toBe(0);
    store.getState().last();
    expect(store.getState().stepIndex).toBe(STEPS.length - 1);
    store.getState().goTo(-5, -5);
    expect(store.getState().stepIndex).toBe(0);
  });

  it('a smaller target shortens the backward steps and clamps the sub-step', () => {
    const store = make();
    const k = stepIndexOf('sum-over-k');
    store.getState().goTo(k, 4);
    expect(store.getState().sub).toBe(4);
    store.getState().setTarget(1);
    expect(store.getState().target).toBe(1);
    expect(store.getState().sub).toBe(2);
    store.getState().setTarget(99);
    expect(store.getState().target).toBe(3);
  });
});

describe('preferences', () => {
  it('persists language and theme only', () => {
    const storage = memoryStorage();
    const store = make(storage);
    store.getState().setLang('ru');
    store.getState().setTheme('contrast');
    store.getState().goTo(5, 0);
    const saved = JSON.parse(storage.data.get(PERSIST_KEY) ?? '{}');
    expect(saved.state).toEqual({ lang: 'ru', theme: 'contrast' });
    const again = make(storage).getState();
    expect(again.lang).toBe('ru');
    expect(again.theme).toBe('contrast');
    expect(again.stepIndex).toBe(0);
  });

  it('writes the storage only when the preferences change, not on every step or edit', () => {
    const storage = memoryStorage();
    let writes = 0;
    const counting: StateStorage = {
      ...storage,
      setItem: (k, v) => {
        writes++;
        storage.setItem(k, v);
      },
    };
    const store = make(counting as typeof storage);
    store.getState().setLang('ru');
    const afterLang = writes;
    expect(afterLang).toBeGreaterThan(0);
    for (let i = 0; i < 10; i++) store.getState().next();
    store.getState().setSeed(7);
    expect(writes).toBe(afterLang);
    store.getState().setTheme('dark');
    expect(writes).toBe(afterLang + 1);
    expect(JSON.parse(storage.data.get(PERSIST_KEY) ?? '{}').state).toEqual({
      lang: 'ru',
      theme: 'dark',
    });
  });

  it('ignores malformed stored preferences', () => {
    const storage = memoryStorage({
      [PERSIST_KEY]: JSON.stringify({ state: { lang: 'fr', theme: 42, stepIndex: 7 }, version: 1 }),
    });
    const s = make(storage).getState();
    expect(s.lang).toBe('en');
    expect(s.theme).toBe('light');
    expect(s.stepIndex).toBe(0);
    const broken = make(memoryStorage({ [PERSIST_KEY]: '{not json' })).getState();
    expect(broken.lang).toBe('en');
  });

  it('rejects unknown themes and languages', () => {
    const store = make();
    store.getState().setTheme('neon' as never);
    store.getState().setLang('de' as never);
    expect(store.getState().theme).toBe('light');
    expect(store.getState().lang).toBe('en');
    store.getState().cycleTheme();
    expect(store.getState().theme).toBe('dark');
  });
});

describe('animation and view', () => {
  it('replay bumps the key and unpauses', () => {
    const store = make();
    store.getState().setPaused(true);
    store.getState().replay();
    expect(store.getState().animation).toEqual({ speed: 1, paused: false, replayKey: 1 });
    store.getState().setSpeed(2);
    store.getState().setSpeed(-1);
    expect(store.getState().animation.speed).toBe(2);
    store.getState().setZoom(10);
    expect(store.getState().zoom).toBe(2);
  });
});

describe('selectors', () => {
  it('memoise on the model object', () => {
    const store = make();
    const a = selectForward(store.getState());
    store.getState().next();
    expect(selectForward(store.getState())).toBe(a);
    expect(selectTargetTerms(store.getState())).toBe(selectTargetTerms(store.getState()));
    expect(selectTermSummaries(store.getState())).toBe(selectTermSummaries(store.getState()));
    store.getState().setSeed(2);
    expect(selectForward(store.getState())).not.toBe(a);
  });

  it("give the core's per-k values", () => {
    const store = make();
    const s = store.getState();
    const ref = targetTerms(s.model, forward(s.model), 3);
    const rows = selectTermSummaries(s);
    expect(rows.length).toBe(4);
    rows.forEach((r, k) => {
      expect(r.normW).toBe(ref.normW[k]);
      expect(r.normU).toBe(ref.normU[k]);
      expect(Math.abs(r.normW - frobenius(ref.W[k]))).toBeLessThanOrEqual(1e-14 * r.normW);
      expect(r.gradNorm).toBe(norm2(ref.dEds[k]));
    });
    expect(rows[0].normW).toBe(0); // s₋₁ = 0
    expect(rows.reduce((a, r) => a + r.shareW, 0)).toBeCloseTo(1, 12);
  });

  it("apply the step's variant and window", () => {
    const store = make();
    const decay = stepIndexOf('vanishing-exploding');
    store.getState().goTo(decay, 1);
    expect(sigmaMax(selectStepModel(store.getState()).W)).toBeCloseTo(0.3, 8);
    store.getState().goTo(decay, 0);
    expect(selectStepModel(store.getState())).toBe(store.getState().model);
    const trunc = stepIndexOf('truncation');
    store.getState().goTo(trunc, 0);
    const m = selectStepModel(store.getState());
    expect(m.truncate).toBe(STEPS[trunc].demoTruncate);
    expect(selectStepModel(store.getState())).toBe(m);
    const rows = selectStepTermSummaries(store.getState());
    expect(rows.filter((r) => !r.kept).map((r) => r.k)).toEqual([0, 1]);
  });
});

describe('URL sync', () => {
  it('reads the hash at start, writes moves back by ids', () => {
    const f = fakeWindow('http://x/app/?lang=ru#/8/2');
    const store = make();
    const stop = startUrlSync(store, { win: f.win });
    expect(store.getState().stepIndex).toBe(7);
    expect(store.getState().sub).toBe(2);
    expect(f.url.hash).toBe('#/sum-over-k/k-1');
    store.getState().next();
    expect(f.url.hash).toBe('#/sum-over-k/k-0');
    // A `lang` in the URL follows the language switch.
    store.getState().setLang('en');
    expect(f.url.search).toBe('?lang=en');
    f.navigate('#/3/0');
    expect(store.getState().stepIndex).toBe(2);
    expect(f.url.hash).toBe('#/gradients-needed');
    f.navigate('#/garbage');
    expect(store.getState().stepIndex).toBe(0);
    expect(f.url.hash).toBe('#/title');
    // Old numeric links name the steps of the twelve-step lesson: past the end, its last step.
    f.navigate('#/99/99');
    expect(store.getState().stepIndex).toBe(STEPS.findIndex((s) => s.id === 'whole-gradient'));
    expect(f.url.hash).toBe('#/whole-gradient/grad-v');
    // The sub-step's id follows the target (the same sub-step reaches another k).
    store.getState().goTo(7, 1);
    store.getState().setTarget(2);
    expect(f.url.hash).toBe('#/sum-over-k/k-1');
    stop();
    expect(f.listeners.size).toBe(0);
    const before = f.writes();
    store.getState().first();
    expect(f.writes()).toBe(before);
  });

  it('writes the model into the fragment when it changes, and only then', async () => {
    const f = fakeWindow('http://x/app/#/8/0');
    const store = make();
    const stop = startUrlSync(store, { win: f.win });
    // The default model is left out.
    expect(f.url.hash).toBe('#/sum-over-k/k-3');
    const model = randomModel({ seed: 3, T: 5, H: 2, D: 3, K: 3 });
    store.getState().setModel(model);
    const packed = await encodeModelLink(model);
    // The traced t★ follows the sequence to its last step, E_4.
    await eventually(() => expect(f.url.hash).toBe(`#/sum-over-k/k-4?model=${packed}`));
    // Moves reuse the encoded text.
    const writes = f.writes();
    store.getState().next();
    expect(f.url.hash).toBe(`#/sum-over-k/k-3?model=${packed}`);
    expect(f.writes()).toBe(writes + 1);
    // A link with another model, navigated to: decoded, then applied with its position.
    const other = randomModel({ seed: 4, T: 6, H: 2, D: 2, K: 2 });
    const otherText = await encodeModelLink(other);
    f.navigate(`#/forward-pass/t-5?model=${otherText}`);
    await eventually(() => expect(store.getState().model.targets.length).toBe(6));
    expect(store.getState().stepIndex).toBe(1);
    expect(store.getState().sub).toBe(5);
    expect(f.url.hash).toBe(`#/forward-pass/t-5?model=${otherText}`);
    // Back to the default model: the model leaves the URL.
    store.getState().reset();
    await eventually(() => expect(f.url.hash).toBe('#/title'));
    stop();
  });

  it('where the window paints, writes a move after the frame that shows it, once for several', async () => {
    const f = fakeWindow('http://x/app/#/1/0');
    const frames: (() => void)[] = [];
    Object.assign(f.win, {
      requestAnimationFrame: (cb: () => void) => frames.push(cb),
      cancelAnimationFrame: (id: number) => {
        frames[id - 1] = () => {};
      },
    });
    const store = make();
    const stop = startUrlSync(store, { win: f.win });
    const start = f.writes();
    store.getState().goTo(3, 0);
    store.getState().goTo(4, 0);
    // Not yet: the move's frame has not been painted.
    expect(f.url.hash).toBe('#/title');
    await new Promise((r) => setTimeout(r, 10));
    expect(f.url.hash).toBe('#/title');
    expect(frames.length).toBe(1);
    frames.splice(0).forEach((cb) => cb());
    await new Promise((r) => setTimeout(r, 10));
    expect(f.url.hash).toBe('#/sum-over-t');
    expect(f.writes()).toBe(start + 1);
    // A move still pending when the sync stops is dropped.
    store.getState().goTo(1, 0);
    stop();
    frames.splice(0).forEach((cb) => cb());
    await new Promise((r) => setTimeout(r, 10));
    expect(f.url.hash).toBe('#/sum-over-t');
  });
});

describe('a storage that fails never takes the app down', () => {
  const throwing = (what: 'get' | 'set' | 'open') => {
    const quota = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    return {
      getItem: what === 'get' ? quota : () => null,
      setItem: what === 'set' ? quota : () => undefined,
      removeItem: () => undefined,
    };
  };

  it.each(['get', 'set'] as const)(
    'a %s that throws: the preferences live in memory, and the failure is told once',
    (what) => {
      const failures: unknown[] = [];
      const store = createLessonStore({
        storage: throwing(what),
        lang: 'en',
        onStorageFailure: (e) => failures.push(e),
      });
      store.getState().setTheme('dark');
      store.getState().setTheme('contrast');
      store.getState().setLang('ru');
      expect(store.getState().theme).toBe('contrast');
      expect(store.getState().lang).toBe('ru');
      expect(failures).toHaveLength(1);
      expect((failures[0] as DOMException).name).toBe('QuotaExceededError');
    },
  );

  it('a storage that cannot even be opened (a sandboxed frame)', () => {
    const failures: unknown[] = [];
    const store = createLessonStore({
      storage: undefined,
      lang: 'en',
      onStorageFailure: (e) => failures.push(e),
    });
    // In the node environment there is no window: opening localStorage throws.
    store.getState().setTheme('dark');
    expect(store.getState().theme).toBe('dark');
    expect(failures).toHaveLength(1);
  });
});

describe('the traced target follows the sequence', () => {
  const withT = (T: number) => randomModel({ seed: 2, T, H: 2, D: 3, K: 3 });

  it('none asked for: the last step, whatever T becomes (E_3 for T = 4)', () => {
    const store = make();
    expect(store.getState().target).toBe(3);
    store.getState().setModel(withT(1));
    expect(store.getState().target).toBe(0);
    store.getState().setModel(withT(4));
    expect(store.getState().target).toBe(3);
    store.getState().setModel(withT(5));
    expect(store.getState().target).toBe(4);
  });

  it('one asked for: kept while it exists, the last step meanwhile, and back when it exists again', () => {
    const store = make();
    store.getState().setModel(withT(8));
    store.getState().setTarget(2);
    expect(store.getState().target).toBe(2);
    store.getState().setModel(withT(2));
    expect(store.getState().target).toBe(1);
    store.getState().setModel(withT(8));
    expect(store.getState().target).toBe(2);
    // Choosing the last step is choosing to follow the sequence.
    store.getState().setTarget(7);
    store.getState().setModel(withT(10));
    expect(store.getState().target).toBe(9);
  });
});

describe("a link's language and theme are for the visit", () => {
  it('shown, but the saved preferences stay the visitor’s own', () => {
    const storage = memoryStorage({
      [PERSIST_KEY]: JSON.stringify({ state: { lang: 'en', theme: 'dark' }, version: 1 }),
    });
    const store = make(storage);
    expect(store.getState().theme).toBe('dark');
    store.getState().setTheme('contrast', 'visit');
    store.getState().setLang('ru', 'visit');
    expect(store.getState().theme).toBe('contrast');
    expect(store.getState().lang).toBe('ru');
    store.getState().next();
    const kept = () => JSON.parse(storage.data.get(PERSIST_KEY) ?? '{}').state;
    expect(kept()).toEqual({ lang: 'en', theme: 'dark' });
    // The visitor's own choice is saved.
    store.getState().setTheme('light');
    expect(kept()).toEqual({ lang: 'en', theme: 'light' });
    // A new visit without the link opens on the saved ones.
    const again = make(storage).getState();
    expect([again.lang, again.theme]).toEqual(['en', 'light']);
  });
});
