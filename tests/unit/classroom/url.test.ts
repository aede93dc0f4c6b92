// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { SyncStorage as StateStorage } from '../../../src/store/safeStorage';
import { defaultModel, randomModel, vanillaOf } from '../../../src/model';
import { createClassroomStore } from '../../../src/classroom/store';
import {
  applyStartLink,
  buildLecturerLink,
  parseHide,
  parseTargetParam,
  parseThemeParam,
  parseView,
  readStartLink,
  withView,
} from '../../../src/classroom/links';
import { encodeModelLink } from '../../../src/url';
import { createLessonStore } from '../../../src/store/store';
import { parseHash, parseLangParam } from '../../../src/store/url';

function memoryStorage(): StateStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('classroom URL parameters', () => {
  it('choose the window', () => {
    expect(parseView('')).toBe('app');
    expect(parseView('?view=presenter')).toBe('presenter');
    expect(parseView('?view=PRESENTER&lang=ru')).toBe('presenter');
    expect(parseView('?print=1')).toBe('print');
    expect(parseView('?print')).toBe('print');
    expect(parseView('?print=0')).toBe('app');
    expect(parseView('?view=print')).toBe('print');
    expect(parseView('?view=nonsense')).toBe('app');
  });

  it('read the hidden controls, dropping unknown names', () => {
    expect(parseHide('')).toEqual([]);
    expect(parseHide('?hide=explore,stepList')).toEqual(['stepList', 'explore']);
    expect(parseHide('?hide=stepList%2CthemeSwitch&hide=bogus,navButtons')).toEqual([
      'themeSwitch',
      'stepList',
      'navButtons',
    ]);
    expect(parseHide('?hide=__proto__,constructor')).toEqual([]);
  });

  it('read the target and theme', () => {
    expect(parseTargetParam('?target=2')).toBe(2);
    expect(parseTargetParam('?target=-1')).toBeNull();
    expect(parseTargetParam('?target=x')).toBeNull();
    expect(parseThemeParam('?theme=contrast')).toBe('contrast');
    expect(parseThemeParam('?theme=neon')).toBeNull();
  });

  it('switch the view of an address, keeping the rest', () => {
    const href = 'http://localhost:4173/?lang=ru#/3/1';
    expect(withView(href, 'presenter')).toBe('http://localhost:4173/?lang=ru&view=presenter#/3/1');
    expect(withView('http://x/?view=presenter&print=1#/2/0', 'app')).toBe('http://x/#/2/0');
  });
});

describe("the lecturer's link", () => {
  it('holds the model, target, step, language, theme and hidden controls', async () => {
    const model = randomModel({ seed: 7, H: 2, D: 3, K: 3, T: 6 });
    const link = buildLecturerLink({
      base: 'http://localhost:4173/index.html?view=presenter#/9/9',
      model: await encodeModelLink(model),
      target: 4,
      position: { stepIndex: 7, sub: 2, model, target: 4 },
      lang: 'ru',
      theme: 'contrast',
      hide: ['explore', 'stepList'],
    });
    const url = new URL(link);
    expect(url.pathname).toBe('/index.html');
    expect(url.searchParams.get('view')).toBeNull();
    expect(url.searchParams.get('hide')).toBe('stepList,explore');
    expect(link).toContain('hide=stepList,explore');
    expect(url.searchParams.get('target')).toBe('4');
    expect(parseLangParam(url.search)).toBe('ru');
    // The model is in the fragment (no server sees it), the position by ids.
    expect(url.searchParams.get('model')).toBeNull();
    expect(url.hash).toMatch(/^#\/sum-over-k\/k-2\?model=z\.[\w-]+$/);
    expect(parseHash(url.hash, { model, target: 4 })).toEqual({ stepIndex: 7, sub: 2 });

    // Opening it: the model, target, theme and hidden controls all come back.
    const lesson = createLessonStore({ storage: memoryStorage(), lang: 'en' });
    const classroom = createClassroomStore();
    const read = await readStartLink(url.search, url.hash);
    expect(read.invalid).toEqual([]);
    applyStartLink(lesson, classroom, read);
    const s = lesson.getState();
    expect(Array.from(vanillaOf(s.model).W.data)).toEqual(Array.from(model.W.data));
    expect(Array.from(vanillaOf(s.model).U.data)).toEqual(Array.from(model.U.data));
    expect(s.model.targets.length).toBe(6);
    expect(s.target).toBe(4);
    expect(s.theme).toBe('contrast');
    expect(classroom.getState().hidden).toEqual(['stepList', 'explore']);
  });

  it('leaves out what is not chosen', () => {
    const link = buildLecturerLink({ base: 'file:///home/l/bptt.html', hide: [] });
    expect(link).toBe('file:///home/l/bptt.html');
  });

  it('keeps the current model when the link holds a broken one', async () => {
    const lesson = createLessonStore({ storage: memoryStorage(), lang: 'en' });
    const classroom = createClassroomStore();
    const before = lesson.getState().model;
    const read = await readStartLink('?model=%%%&target=zz', '');
    applyStartLink(lesson, classroom, read);
    expect(read.invalid).toEqual(['target', 'model']);
    expect(lesson.getState().model).toBe(before);
    expect(Array.from(vanillaOf(before).W.data)).toEqual(Array.from(defaultModel(1).W.data));
  });
});
