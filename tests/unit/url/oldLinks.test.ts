// @vitest-environment node
/**
 * Every link form the app has ever written or read opens the state it opened then (the position
 * by today's step order, frozen in src/url/legacy.ts), and the app rewrites it in the new form.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStorage as StateStorage } from '../../../src/store/safeStorage';
import { defaultModel, randomModel, vanillaOf, type RnnModel } from '../../../src/model';
import { modelToJson } from '../../../src/model/io/parse';
import { encodeModelParam } from '../../../src/model/io/urlcodec';
import { stepIndexOf } from '../../../src/lesson/steps';
import { createClassroomStore } from '../../../src/classroom/store';
import { createExploreStore } from '../../../src/explore/store';
import type { AppMode, ControlId, View } from '../../../src/url/values';
import { openLink } from '../../../src/app/openLink';
import { createLessonStore } from '../../../src/store/store';
import type { Theme } from '../../../src/url/values';
import type { Lang } from '../../../src/lesson/types';
import { encodeModelLink } from '../../../src/url';
import { eventually, fakeWindow } from './fakeWindow';

function memoryStorage(): StateStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((s) => s()));

async function open(href: string) {
  const f = fakeWindow(href);
  const lesson = createLessonStore({ storage: memoryStorage(), lang: 'en' });
  const classroom = createClassroomStore();
  const explore = createExploreStore();
  stops.push(await openLink({ lesson, classroom, explore, win: f.win }));
  return { f, lesson, classroom, explore };
}

interface Expected {
  readonly step?: string;
  readonly sub?: number;
  readonly lang?: Lang;
  readonly theme?: Theme;
  readonly target?: number;
  readonly hide?: readonly ControlId[];
  readonly view?: View;
  readonly mode?: AppMode;
  readonly model?: RnnModel;
  /** The hash the app writes back (ids). */
  readonly hash?: string;
}

const model = randomModel({ seed: 7, H: 2, D: 3, K: 3, T: 6 });
const old = encodeModelParam(model);
const SUM = stepIndexOf('sum-over-k');

/** Each old form, and what it opens. The default model has T = 4 and t★ = 3. */
const OLD_LINKS: readonly (readonly [string, Expected])[] = [
  ['#/8/3', { step: 'sum-over-k', sub: 3, hash: '#/sum-over-k/k-0' }],
  ['#/8/4', { step: 'sum-over-k', sub: 4, hash: '#/sum-over-k/sum' }],
  ['#/8/99', { step: 'sum-over-k', sub: 4, hash: '#/sum-over-k/sum' }],
  ['#/2/3', { step: 'forward-pass', sub: 3, hash: '#/forward-pass/t-3' }],
  ['#4/1', { step: 'ideas', sub: 1, hash: '#/ideas/gradient-sum' }],
  ['#3/1', { step: 'gradients-needed', sub: 0, hash: '#/gradients-needed' }],
  ['#/3', { step: 'gradients-needed', sub: 0 }],
  ['#/3/', { step: 'gradients-needed', sub: 0 }],
  ['#/12/2', { step: 'whole-gradient', sub: 2, hash: '#/whole-gradient/grad-v' }],
  ['#/99/99', { step: 'whole-gradient', sub: 2 }],
  ['#/10/1', { step: 'vanishing-exploding', sub: 1, hash: '#/vanishing-exploding/small-w' }],
  ['#/forward-pass/2', { step: 'forward-pass', sub: 2, hash: '#/forward-pass/t-2' }],
  ['#/jacobian/1', { step: 'jacobian', sub: 1, hash: '#/jacobian/k-2' }],
  ['#/4/x', { step: 'ideas', sub: 0 }],
  ['#/garbage', { step: 'title', sub: 0, hash: '#/title' }],
  ['#/0/0', { step: 'title', sub: 0 }],
  ['', { step: 'title', sub: 0, hash: '#/title' }],
  ['?lang=ru', { lang: 'ru' }],
  ['?lang=EN', { lang: 'en' }],
  ['?theme=contrast', { theme: 'contrast' }],
  ['?target=2#/8/1', { target: 2, step: 'sum-over-k', sub: 1, hash: '#/sum-over-k/k-1' }],
  [
    '?hide=stepList%2CthemeSwitch&hide=bogus,navButtons',
    { hide: ['themeSwitch', 'stepList', 'navButtons'] },
  ],
  ['?view=presenter', { view: 'presenter' }],
  ['?view=print', { view: 'print' }],
  ['?print', { view: 'print' }],
  ['?print=1', { view: 'print' }],
  ['?print=0', { view: 'app' }],
  ['?mode=explore', { mode: 'explore' }],
  ['?lang=ru&mode=%20Explore%20', { mode: 'explore', lang: 'ru' }],
  [`?model=${old}`, { model, target: 3 }],
  [
    `?model=${old}&target=5#/8/2`,
    { model, target: 5, step: 'sum-over-k', sub: 2, hash: '#/sum-over-k/k-3' },
  ],
  // The lecturer's link as the app wrote it before the ids.
  [
    `?lang=ru&theme=contrast&hide=stepList,explore&target=4&model=${old}#/7/1`,
    {
      lang: 'ru',
      theme: 'contrast',
      hide: ['stepList', 'explore'],
      target: 4,
      model,
      step: 'total-derivative',
      sub: 1,
    },
  ],
];

function json(m: RnnModel) {
  return modelToJson(m);
}

describe('every old link opens the same state', () => {
  for (const [link, want] of OLD_LINKS) {
    it(link || '(no query, no hash)', async () => {
      const { f, lesson, classroom, explore } = await open(`http://x/app/${link}`);
      const s = lesson.getState();
      if (want.step !== undefined) expect(s.stepIndex).toBe(stepIndexOf(want.step));
      if (want.sub !== undefined) expect(s.sub).toBe(want.sub);
      if (want.lang) expect(s.lang).toBe(want.lang);
      if (want.theme) expect(s.theme).toBe(want.theme);
      if (want.target !== undefined) expect(s.target).toBe(want.target);
      if (want.hide) expect(classroom.getState().hidden).toEqual(want.hide);
      expect(classroom.getState().view).toBe(want.view ?? 'app');
      expect(explore.getState().mode).toBe(want.mode ?? 'lesson');
      expect(json(vanillaOf(s.model))).toEqual(json(want.model ?? defaultModel(1)));
      expect(explore.getState().linkErrors).toBeNull();
      expect(classroom.getState().notice).toBeNull();
      if (want.hash) expect(f.url.hash).toBe(want.hash);
      // The model moves from the query into the fragment, packed.
      if (want.model) {
        const packed = await encodeModelLink(s.model);
        await eventually(() => expect(f.url.hash).toContain(`?model=${packed}`));
        expect(f.url.searchParams.get('model')).toBeNull();
      }
    });
  }

  it('the new forms: ids and a packed model in the fragment', async () => {
    const packed = await encodeModelLink(model);
    // With the t★ it was made on (a share link writes it when one was chosen).
    const { f, lesson } = await open(
      `http://x/app/?lang=en&target=3#/sum-over-k/k-1?model=${packed}`,
    );
    const s = lesson.getState();
    expect(json(vanillaOf(s.model))).toEqual(json(model));
    expect(s.stepIndex).toBe(SUM);
    expect(s.target).toBe(3);
    expect(s.sub).toBe(2);
    expect(f.url.hash).toBe(`#/sum-over-k/k-1?model=${packed}`);
    expect(f.url.search).toBe('?lang=en&target=3');
  });

  it('a ?target= past the end traces the last step and says so', async () => {
    const { lesson, classroom } = await open('http://x/app/?target=9#/title');
    expect(lesson.getState().target).toBe(3);
    expect(classroom.getState().notice).toMatchObject({
      key: 'notice.targetChanged',
      params: { asked: 9, t: 3, T: 4 },
    });
  });

  it('a new-form link without ?target= traces the last step, E_{T−1}', async () => {
    const packed = await encodeModelLink(model);
    const { lesson } = await open(`http://x/app/#/sum-over-k/k-1?model=${packed}`);
    const s = lesson.getState();
    expect(s.target).toBe(5);
    // k = 5, 4, 3, 2, 1: the sub-step that names k = 1.
    expect(s.sub).toBe(4);
  });

  it('a bad model keeps the default one and says why, in the query or the fragment', async () => {
    for (const link of ['?model=abc*', '#/title?model=z.AAAA', '#/title?model=%E0%A4%A']) {
      const { lesson, classroom, explore } = await open(`http://x/${link}`);
      expect(json(vanillaOf(lesson.getState().model))).toEqual(json(defaultModel(1)));
      expect(classroom.getState().notice?.key).toBe('error.url');
      expect(explore.getState().linkErrors?.[0].field).toBe('?model');
    }
  });
});
