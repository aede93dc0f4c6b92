// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultModel } from '../../../src/model';
import { modelToJson } from '../../../src/model/io/parse';
import { encodeModelParam } from '../../../src/model/io/urlcodec';
import {
  createExploreStore,
  parseModeParam,
  startModeSync,
  withModeParam,
} from '../../../src/explore/store';

/** Just enough of a window for the mode's URL sync. */
function fakeWindow(search: string, hash = '#/3/1') {
  const loc = { pathname: '/app/', search, hash };
  const writes: string[] = [];
  const win = {
    location: loc,
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => {
        writes.push(url);
        const u = new URL(url, 'http://x');
        loc.search = u.search;
        loc.hash = u.hash;
      },
    },
  };
  return { win: win as unknown as Window, writes, loc };
}

describe('the mode in the URL', () => {
  it('?mode=explore (any case) is the explore mode; anything else the lesson', () => {
    expect(parseModeParam('?mode=explore')).toBe('explore');
    expect(parseModeParam('?lang=ru&mode=%20Explore%20')).toBe('explore');
    for (const s of ['', '?mode=lesson', '?mode=', '?mode=explorer', '?x=explore', '%%'])
      expect(parseModeParam(s), s).toBe('lesson');
  });

  it('sets and removes the parameter, other parameters kept as written', () => {
    const model = encodeModelParam(defaultModel(1));
    const q = `?lang=ru&model=${model}&hide=stepList,explore`;
    expect(withModeParam(q, 'explore')).toBe(`${q}&mode=explore`);
    expect(withModeParam(`${q}&mode=explore`, 'lesson')).toBe(q);
    expect(withModeParam('?mode=explore', 'lesson')).toBe('');
    expect(withModeParam('', 'explore')).toBe('?mode=explore');
    expect(withModeParam('?m%6Fde=explore&a=1', 'explore')).toBe('?mode=explore&a=1');
  });
});

describe('startModeSync', () => {
  it('reads the mode, and writes the mode back', () => {
    const store = createExploreStore();
    const { win, writes, loc } = fakeWindow('?lang=en&model=abc*&mode=explore');
    const stop = startModeSync(store, win);
    expect(store.getState().mode).toBe('explore');
    expect(writes).toEqual([]);

    store.getState().setMode('lesson');
    expect(loc.search).toBe('?lang=en&model=abc*');
    expect(loc.hash).toBe('#/3/1');
    store.getState().setMode('explore');
    expect(loc.search).toBe('?lang=en&model=abc*&mode=explore');
    expect(writes).toHaveLength(2);
    stop();
    store.getState().setMode('lesson');
    expect(writes).toHaveLength(2);
  });

  it('an unknown mode is refused', () => {
    const store = createExploreStore();
    const json = Buffer.from(JSON.stringify(modelToJson(defaultModel(2)))).toString('base64url');
    startModeSync(store, fakeWindow(`?model=${json}`).win);
    expect(store.getState().mode).toBe('lesson');
    store.getState().setMode('nonsense' as never);
    expect(store.getState().mode).toBe('lesson');
    store.getState().setTraceAll(true);
    expect(store.getState().traceAll).toBe(true);
  });

  it('a window that refuses replaceState still switches', () => {
    const store = createExploreStore();
    const { win } = fakeWindow('');
    (win.history as { replaceState: unknown }).replaceState = () => {
      throw new Error('sandboxed');
    };
    startModeSync(store, win);
    store.getState().setMode('explore');
    expect(store.getState().mode).toBe('explore');
  });
});
