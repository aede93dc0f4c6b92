/**
 * The lesson in a real browser: keyboard walk, URL and reload, the sum over k against the numeric
 * core, no console errors, no request off the page's origin; every step fits the 1080p stage with
 * large enough text; marks, linked hover, zoom, the vanishing/exploding comparison and the whole
 * gradient's flow against the core; screenshots of every step.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
  defaultModel,
  forward,
  frobenius,
  jacobians,
  matTVec,
  norm2,
  row,
  stateGradients,
  targetTerms,
  withSigmaW,
} from '../../src/model';
import { STEPS } from '../../src/lesson/steps';
import { substepCount } from '../../src/lesson/substeps';
import { urlAt, idHash } from './positions';
import { OPEN_PROMPT } from './predictions';

const MODEL = defaultModel(1);
const T = MODEL.targets.length;
const TARGET = Math.min(3, T - 1);
const COUNTS = STEPS.map((s) => substepCount(s, { T, t: TARGET }));
const SUM_STEP = STEPS.findIndex((s) => s.id === 'sum-over-k');
const TOTAL_STEP = STEPS.findIndex((s) => s.id === 'total-derivative');
const DECAY_STEP = STEPS.findIndex((s) => s.id === 'vanishing-exploding');

/** Every (step, sub-step) in lesson order. */
const POSITIONS = COUNTS.flatMap((n, i) => Array.from({ length: n }, (_, sub) => ({ i, sub })));
/** The old numeric form, which links still use and the app still reads. */
/** The position's hash as the app writes it (step and sub-step ids). */
const hashOf = (i: number, sub: number) => idHash(i, sub);

interface Watch {
  readonly errors: string[];
  readonly foreign: string[];
}

/** Collects console errors, page errors and requests that leave the page's origin. */
function watch(page: Page, baseURL: string): Watch {
  const origin = new URL(baseURL).origin;
  const w: Watch = { errors: [], foreign: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(m.text());
  });
  page.on('pageerror', (e) => w.errors.push(e.message));
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'data:' || u.protocol === 'blob:') return;
    if (u.origin !== origin) w.foreign.push(r.url());
  });
  return w;
}

async function expectAt(page: Page, i: number, sub: number) {
  await expect(page).toHaveURL(urlAt(i, sub));
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step', String(i + 1));
  await expect(page.locator('.step-panel')).toHaveAttribute('data-sub', String(sub));
  await expect(page.locator('.step-panel')).toHaveAttribute('data-step-id', STEPS[i].id);
  // The sub-step's sentence comes in its own chunk after the first formula: wait for it, so that
  // what a test measures or points at no longer moves. (A prediction asked or just revealed
  // here takes its place.)
  if (COUNTS[i] > 1)
    await expect(
      page.locator('[data-testid="substep-text"], [data-testid="prompt-card"]').first(),
    ).toBeVisible();
}

test.describe('lesson', () => {
  let w: Watch;
  test.beforeEach(async ({ page, baseURL }) => {
    w = watch(page, baseURL!);
  });
  test.afterEach(() => {
    expect(w.errors, 'console errors').toEqual([]);
    expect(w.foreign, 'requests off the origin').toEqual([]);
  });

  test('walks every step and sub-step with the keyboard, and back', async ({ page }) => {
    await page.goto('/?lang=en');
    await expectAt(page, 0, 0);
    const forwardKeys = ['ArrowRight', 'PageDown', ' ', 'ArrowDown', 'n'];
    for (let p = 1; p < POSITIONS.length; p++) {
      await page.keyboard.press(forwardKeys[p % forwardKeys.length]);
      await expectAt(page, POSITIONS[p].i, POSITIONS[p].sub);
      if (POSITIONS[p].sub === 0) {
        await expect(page.locator('[data-testid="live"]')).toContainText(
          `Step ${POSITIONS[p].i + 1} of ${STEPS.length}`,
        );
        await expect(page.locator('.step-list [aria-current="step"]')).toHaveText(
          String(POSITIONS[p].i + 1),
        );
      }
    }
    // At the very end, next stays.
    await page.keyboard.press('ArrowRight');
    const last = POSITIONS[POSITIONS.length - 1];
    await expectAt(page, last.i, last.sub);
    await expect(page.getByTestId('next')).toBeDisabled();

    const backKeys = ['ArrowLeft', 'PageUp', 'ArrowUp', 'p', 'Shift+Space'];
    for (let p = POSITIONS.length - 2; p >= 0; p--) {
      await page.keyboard.press(backKeys[p % backKeys.length]);
      await expectAt(page, POSITIONS[p].i, POSITIONS[p].sub);
    }
    await page.keyboard.press('End');
    await expectAt(page, last.i, last.sub);
    await page.keyboard.press('Home');
    await expectAt(page, 0, 0);
  });

  test('a reload and a shared link keep the step and sub-step', async ({ page }) => {
    await page.goto(`/${hashOf(SUM_STEP, 2)}`);
    await expectAt(page, SUM_STEP, 2);
    await page.keyboard.press('PageDown');
    await expectAt(page, SUM_STEP, 3);
    await page.reload();
    await expectAt(page, SUM_STEP, 3);
    // Previous at sub-step 0 lands on the previous step's last sub-step.
    await page.goto(`/${hashOf(SUM_STEP + 1, 0)}`);
    await expectAt(page, SUM_STEP + 1, 0);
    await page.keyboard.press('PageUp');
    await expectAt(page, SUM_STEP, COUNTS[SUM_STEP] - 1);
    // Garbage gives the start; out of range is clamped.
    await page.goto('/#/nonsense/x');
    await expectAt(page, 0, 0);
    // An old numeric link past the end: the last step of the lesson it was made for.
    await page.goto('/#/999/999');
    const whole = STEPS.findIndex((s) => s.id === 'whole-gradient');
    await expectAt(page, whole, COUNTS[whole] - 1);
    // The step list jumps, and marks the current step.
    await page.locator('.step-list button').nth(4).click();
    await expectAt(page, 4, 0);
    await expect(page.locator('.step-list button').nth(4)).toHaveAttribute('aria-current', 'step');
  });

  test('keys are left alone in chords, on a focused button (Space) and in inputs', async ({
    page,
  }) => {
    await page.goto(`/${hashOf(2, 0)}`);
    await expectAt(page, 2, 0);
    for (const chord of ['Control+ArrowRight', 'Alt+ArrowRight', 'Meta+ArrowRight']) {
      await page.keyboard.press(chord);
      await expectAt(page, 2, 0);
    }
    // Space activates a focused button instead of moving on.
    await page.locator('.step-list button').nth(5).focus();
    await page.keyboard.press(' ');
    await expectAt(page, 5, 0);
    // Arrows still navigate while a button has focus.
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 6, 0);
    // Typing in a field does not navigate.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      document.body.append(input);
      input.focus();
    });
    await page.keyboard.type('np ');
    await page.keyboard.press('ArrowRight');
    await expectAt(page, 6, 0);
  });

  test('at the sum over k, the formula holds the sum and each term equals the core', async ({
    page,
  }) => {
    const fwd = forward(MODEL);
    const ref = targetTerms(MODEL, fwd, TARGET);
    const last = COUNTS[SUM_STEP] - 1;
    await page.goto(`/${hashOf(SUM_STEP, last)}`);
    await expectAt(page, SUM_STEP, last);

    const tex = await page
      .locator('.step-panel annotation[encoding="application/x-tex"]')
      .allTextContents();
    const sum = tex.find((s) => s.includes(`\\sum_{k=0}^{${TARGET}}`));
    expect(sum, 'a formula with the sum over k').toBeTruthy();
    expect(sum).toContain('\\partial^{+}');

    const rows = page.locator('[data-testid="term-list"] tbody tr');
    await expect(rows).toHaveCount(TARGET + 1);
    for (let k = 0; k <= TARGET; k++) {
      const row = page.locator(`[data-testid="term-list"] tbody tr[data-k="${k}"]`);
      await expect(row).toHaveAttribute('data-revealed', 'true');
      const termNorm = Number(await row.getAttribute('data-term-norm'));
      const gradNorm = Number(await row.getAttribute('data-grad-norm'));
      expect(termNorm).toBeCloseTo(frobenius(ref.W[k]), 12);
      expect(gradNorm).toBeCloseTo(norm2(ref.dEds[k]), 12);
      // Beside s_k in the diagram: the same numbers.
      const beside = page.locator(`.dg-annotation[data-k="${k}"] [data-term-norm]`);
      await expect(beside).toHaveCount(1);
      expect(Number(await beside.getAttribute('data-term-norm'))).toBeCloseTo(
        frobenius(ref.W[k]),
        12,
      );
    }
    // s₋₁ = 0, so the k = 0 term for W is exactly zero.
    expect(Number(await rows.last().getAttribute('data-term-norm'))).toBe(0);
    const total = Number(
      await page.locator('[data-testid="term-list"] tfoot tr').getAttribute('data-sum-norm'),
    );
    expect(total).toBeCloseTo(frobenius(ref.sumW), 12);

    // Mid-way, only the k the flow has reached are shown.
    await page.goto(`/${hashOf(SUM_STEP, 1)}`);
    await expectAt(page, SUM_STEP, 1);
    const revealed = await page
      .locator('[data-testid="term-list"] tbody tr[data-revealed="true"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-k'))));
    expect(revealed.sort()).toEqual([TARGET - 1, TARGET]);
  });

  test('language: ?lang=ru, the switch, and the choice remembered', async ({ page }) => {
    await page.goto(`/?lang=ru${hashOf(0, 0)}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('.step-panel__title')).toContainText('Рекуррентные');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.step-panel__title')).toContainText('Recurrent');
    // The URL's lang follows the switch, so a reload keeps the choice.
    await expect(page).toHaveURL(/\?lang=en#\/title$/);
    await page.getByRole('button', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\?lang=ru#\/title$/);
    // Without a parameter, the stored choice wins over the browser's English.
    expect(await page.evaluate(() => navigator.language)).toMatch(/^en/);
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('.step-panel__title')).toContainText('Рекуррентные');
  });

  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    test(`screenshots of every step at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const dir = 'screenshots';
      mkdirSync(dir, { recursive: true });
      for (let i = 0; i < STEPS.length; i++) {
        const sub = COUNTS[i] - 1;
        await page.goto(`/?lang=en${hashOf(i, sub)}`);
        await expectAt(page, i, sub);
        // The diagram (a chunk of its own on the vanishing/exploding step) is drawn, or the
        // practice steps' card or quiz shown in its place.
        await page
          .locator('.app-diagram svg:visible, .app-diagram .practice-view, .app-diagram .quiz-view')
          .first()
          .waitFor();
        await page.evaluate(() => document.fonts.ready);
        // The whole stage is inside the window: nothing cut off.
        const box = await page.locator('.stage .app').boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(-0.5);
        expect(box!.y).toBeGreaterThanOrEqual(-0.5);
        expect(box!.x + box!.width).toBeLessThanOrEqual(width + 0.5);
        expect(box!.y + box!.height).toBeLessThanOrEqual(height + 0.5);
        const name = `${width}x${height}-${String(i + 1).padStart(2, '0')}-${STEPS[i].id}.png`;
        await page.screenshot({ path: `${dir}/${name}` });
      }
    });
  }

  test('every step and sub-step fits the 1080p stage: nothing scrolls, text is large enough', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    // With the predictions a first visit has: each is measured open, then revealed in place.
    await page.goto(`/?lang=en${hashOf(0, 0)}`);
    await page.evaluate(() => localStorage.removeItem('bptt-practice'));
    for (const lang of ['en', 'ru']) {
      await page.goto(`/?lang=${lang}${hashOf(0, 0)}`);
      await page.evaluate(() => document.fonts.ready);
      let revealing = false;
      for (let p = 0; p < POSITIONS.length; p++) {
        if (revealing) {
          await page.keyboard.press('PageDown');
          await expect(page.locator(OPEN_PROMPT)).toHaveCount(0);
        } else if (p > 0) await page.keyboard.press('PageDown');
        const { i, sub } = POSITIONS[p];
        await expectAt(page, i, sub);
        revealing = !revealing && (await page.locator(OPEN_PROMPT).count()) > 0;
        if (revealing) p--;
        const m = await page.evaluate(() => {
          const box = (el: Element) => el.getBoundingClientRect();
          const panel = document.querySelector('.app-panel')!;
          const diagram = document.querySelector('.diagram-panel')!;
          const d = box(document.querySelector('.app-diagram')!);
          const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
          const texts = [...document.querySelectorAll('.dg-svg text, .dc-svg text')];
          const outside = [
            ...document.querySelectorAll('.dg-svg text, .dg-annotation, .dc-svg text'),
          ].filter((el) => {
            const b = box(el);
            if (b.width === 0) return false;
            return b.left < d.left - 1 || b.right > d.right + 1 || b.bottom > d.bottom + 1;
          });
          return {
            panel: panel.scrollHeight - panel.clientHeight,
            diagramH: diagram.scrollHeight - diagram.clientHeight,
            diagramW: diagram.scrollWidth - diagram.clientWidth,
            body: Math.min(...[...document.querySelectorAll('.step-panel__body p')].map(px)),
            labels: Math.min(28, ...texts.map(px)),
            band: Math.min(28, ...[...document.querySelectorAll('.term-annot__row')].map(px)),
            outside: outside.map((el) => el.textContent).slice(0, 3),
          };
        });
        const where = `${lang} step ${i + 1}.${sub}`;
        expect(m.panel, `${where}: the step panel scrolls`).toBeLessThanOrEqual(1);
        expect(m.diagramH, `${where}: the diagram scrolls`).toBeLessThanOrEqual(1);
        expect(m.diagramW, `${where}: the diagram scrolls`).toBeLessThanOrEqual(1);
        expect(m.body, `${where}: body text`).toBeGreaterThanOrEqual(32);
        expect(m.labels, `${where}: diagram labels`).toBeGreaterThanOrEqual(28);
        expect(m.band, `${where}: values beside s_k`).toBeGreaterThanOrEqual(28);
        expect(m.outside, `${where}: cut off at the diagram's edge`).toEqual([]);
      }
    }
  });

  test('the slide’s marked U and W show as marked in the formula and the diagram', async ({
    page,
  }) => {
    await page.goto(`/?lang=en${hashOf(TOTAL_STEP, 0)}`);
    await expect(page.locator('.formulas .term-mark')).toHaveCount(2);
    // The diagram's drawing is a chunk of its own, fetched beside the formula's.
    await expect(page.locator('.dg-root')).toBeVisible();
    const mark = await page.evaluate(() =>
      getComputedStyle(document.querySelector('.dg-root')!).getPropertyValue('--c-mark'),
    );
    const probe = await page.evaluate(() => {
      const wrap = [...document.querySelectorAll('.formulas .term-mark')];
      const cs = (el: Element) => getComputedStyle(el);
      return wrap.map((w) => ({
        inner: [...w.querySelectorAll('.term-U, .term-W')].map((el) => cs(el).color),
        border: cs(w).borderTopStyle,
        borderColor: cs(w).borderTopColor,
      }));
    });
    const rgb = await page.evaluate((c) => {
      const el = document.createElement('span');
      el.style.color = c;
      document.body.append(el);
      const v = getComputedStyle(el).color;
      el.remove();
      return v;
    }, mark.trim());
    expect(probe).toHaveLength(2);
    for (const p of probe) {
      // The mark's colour wins over U's and W's own, and a box is its second cue.
      expect(p.inner.length).toBeGreaterThan(0);
      for (const c of p.inner) expect(c).toBe(rgb);
      expect(p.border).toBe('solid');
      expect(p.borderColor).toBe(rgb);
    }
    for (const id of [`U-${TARGET}`, `W-${TARGET}`]) {
      const edge = page.locator(`[data-edge="${id}"]`);
      await expect(edge).toHaveClass(/is-marked/);
      await expect(edge.locator('.dg-mark-box')).toHaveCount(1);
      expect(
        await edge.locator('.dg-edge-line').evaluate((el) => getComputedStyle(el).stroke),
      ).toBe(rgb);
    }
    await expect(page.locator(`[data-edge="W-${TARGET - 1}"]`)).not.toHaveClass(/is-marked/);
  });

  test('hovering a factor lights its diagram element, and the reverse', async ({ page }) => {
    await page.goto(`/?lang=en${hashOf(SUM_STEP, COUNTS[SUM_STEP] - 1)}`);
    await expectAt(page, SUM_STEP, COUNTS[SUM_STEP] - 1);
    const root = page.locator('.diagram-panel .dg-root');
    await expect(root).not.toHaveAttribute('data-active-term', /./);
    // The W in ∂E₃/∂W sits under the fraction's numerator row: the hover still finds it.
    await page.locator('.formulas .term-W').first().hover({ force: true });
    await expect(root).toHaveAttribute('data-active-term', 'term-W');
    const wEdges = page.locator('[data-edge^="W-"]');
    await expect(wEdges).toHaveCount(T);
    for (let t = 0; t < T; t++) await expect(wEdges.nth(t)).toHaveClass(/is-active/);
    await expect(page.locator('[data-edge^="U-"].is-active')).toHaveCount(0);
    // ∂s₃/∂s_k runs along the recurrent arrows: its flow and the W edges light up.
    await page.locator('.formulas .term-jac').first().hover({ force: true });
    await expect(root).toHaveAttribute('data-active-term', 'term-jac');
    await expect(page.locator('.dg-flow.term-jac.is-active')).toHaveCount(T - 1);
    await page.mouse.move(5, 5);
    await expect(root).not.toHaveAttribute('data-active-term', /./);
    // The reverse: an edge of the diagram lights its factors in the formulas.
    await page.goto(`/?lang=en${hashOf(TOTAL_STEP, 0)}`);
    await page.locator(`[data-edge="U-1"] .dg-edge-hit`).hover({ force: true });
    await expect(page.locator('.app')).toHaveAttribute('data-active-term', 'term-U');
    const outline = await page
      .locator('.formulas span.term-U')
      .first()
      .evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe('solid');
  });

  test('a new step starts at the top of its text, also after a visit to the explore mode', async ({
    page,
  }) => {
    // Zoomed in, the formulas of the sum over k (8/0) and of truncation (11/1) overflow their
    // panel, so each could stay scrolled if nothing brought it back.
    const LONG = ['#/sum-over-k/k-3', '#/truncation/compare'] as const;
    await page.goto(`/?lang=en${LONG[0]}`);
    const panel = page.locator('.app-panel').first();
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    for (let z = 0; z < 15; z++) await page.keyboard.press('+');
    const overflow = () => panel.evaluate((el) => el.scrollHeight - el.clientHeight);
    const scrollTop = () => panel.evaluate((el) => el.scrollTop);
    const scrollDownThenGo = async (hash: string) => {
      await expect.poll(overflow).toBeGreaterThan(20);
      await panel.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect.poll(scrollTop).toBeGreaterThan(0);
      await page.evaluate((h) => {
        location.hash = h;
      }, hash);
      await expect(page).toHaveURL(new RegExp(`${hash}$`));
      await expect.poll(overflow).toBeGreaterThan(20);
      await expect.poll(scrollTop).toBe(0);
    };
    await scrollDownThenGo(LONG[1]);
    // Through the explore mode and back: the panel is a new element, and still followed.
    await page.locator('[data-testid="mode-switch"] [data-mode="explore"]').click();
    await expect(page.getByTestId('explore-main')).toBeVisible();
    await page.locator('[data-testid="mode-switch"] [data-mode="lesson"]').click();
    await scrollDownThenGo(LONG[0]);
  });

  test('the zoom scales the diagram and the formulas together, by buttons and keys', async ({
    page,
  }) => {
    await page.goto(`/?lang=en${hashOf(SUM_STEP, 2)}`);
    const zoomOf = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((el) => getComputedStyle(el).zoom);
    const value = page.locator('[data-testid="zoom"] .zoom__value');
    await expect(value).toHaveText('100 %');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(value).toHaveText('110 %');
    expect(await zoomOf('.diagram-panel')).toBe('1.1');
    expect(await zoomOf('.formulas')).toBe('1.1');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('+');
    await page.keyboard.press('=');
    await expect(value).toHaveText('130 %');
    await page.keyboard.press('-');
    await expect(value).toHaveText('120 %');
    await page.keyboard.press('0');
    await expect(value).toHaveText('100 %');
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect(value).toHaveText('90 %');
    expect(await zoomOf('.formulas')).toBe('0.9');
    // The zoom keys move nothing.
    await expectAt(page, SUM_STEP, 2);
    // Zoomed in, the diagram reflows into the smaller room (narrower columns), still whole.
    await page.keyboard.press('0');
    const before = await page.locator('.dg-svg').getAttribute('width');
    for (let z = 0; z < 5; z++) await page.keyboard.press('+');
    await expect(value).toHaveText('150 %');
    expect(Number(await page.locator('.dg-svg').getAttribute('width'))).toBeLessThan(
      Number(before),
    );
  });

  test('vanishing and exploding: small and large W side by side on one log axis, with their flows', async ({
    page,
  }) => {
    const step = STEPS[DECAY_STEP];
    const fwdOf = (sigma: number | null) => {
      const m = sigma === null ? MODEL : withSigmaW(MODEL, sigma);
      const f = forward(m);
      return { jac: jacobians(m, f, TARGET), terms: targetTerms(m, f, TARGET) };
    };
    // First the current W alone, every k annotated (k = 0 included).
    await page.goto(`/?lang=en${hashOf(DECAY_STEP, 0)}`);
    await expect(page.locator('.dc-panel')).toHaveCount(1);
    const cur = fwdOf(null);
    for (let k = 0; k <= TARGET; k++) {
      const v = page.locator(`.decay-view__strip .dg-annotation[data-k="${k}"] [data-jac-norm]`);
      expect(Number(await v.getAttribute('data-jac-norm'))).toBeCloseTo(cur.jac.productNorm[k], 12);
    }
    // Then small and large W side by side, the large one faded until its press.
    await page.keyboard.press('PageDown');
    await expect(page.locator('.dc-panel')).toHaveCount(2);
    await expect(page.locator('.dc-panel[data-pending="true"]')).toHaveCount(1);
    await page.keyboard.press('PageDown');
    await expectAt(page, DECAY_STEP, 2);
    await expect(page.locator('.dc-panel[data-pending]')).toHaveCount(0);
    const strips = page.locator('.decay-view__strip');
    await expect(strips).toHaveCount(2);
    const [small, large] = [
      fwdOf(step.variants![1].gammaSigma),
      fwdOf(step.variants![2].gammaSigma),
    ];
    for (const [i, ref] of [small, large].entries()) {
      for (let k = 0; k <= TARGET; k++) {
        const v = strips.nth(i).locator(`.dg-annotation[data-k="${k}"] [data-jac-norm]`);
        expect(Number(await v.getAttribute('data-jac-norm'))).toBeCloseTo(
          ref.jac.productNorm[k],
          12,
        );
        const bound = page.locator(
          `.dc-panel[data-panel="${i}"] [data-series="bound"] [data-k="${k}"]`,
        );
        expect(Number(await bound.getAttribute('data-value'))).toBeCloseTo(ref.jac.bound[k], 12);
      }
    }
    // One axis: the bound's last point (1 for both) at one height in both panels.
    const d = (i: number) =>
      page
        .locator(`.dc-panel[data-panel="${i}"] [data-series="bound"] [data-k="${TARGET}"]`)
        .getAttribute('d');
    expect((await d(0))!.replace(/^M[-\d.]+,/, '')).toBe((await d(1))!.replace(/^M[-\d.]+,/, ''));
    // One flow scale: the gradient reaching s₀ is thinner for the small W than for the large.
    const width = (i: number) =>
      strips.nth(i).locator('path[data-flow-seg][data-k="0"]').getAttribute('stroke-width');
    expect(Number(await width(0))).toBeLessThan(Number(await width(1)));
    // The legend and the titles are inside the chart.
    const inside = await page.evaluate(() => {
      const fig = document.querySelector('.dc-root')!.getBoundingClientRect();
      return [...document.querySelectorAll('.dc-legend text, .dc-title')].every((t) => {
        const b = t.getBoundingClientRect();
        return b.left >= fig.left - 1 && b.right <= fig.right + 1;
      });
    });
    expect(inside).toBe(true);
  });

  test('the whole gradient’s flow carries the core’s state gradients', async ({ page }) => {
    const fwd = forward(MODEL);
    const G = stateGradients(MODEL, fwd);
    const sweep = STEPS.findIndex((s) => s.id === 'backward-sweep');
    await page.goto(`/?lang=en${hashOf(sweep, 0)}`);
    const segs = page.locator('path[data-flow-seg^="all:W-"]');
    await expect(segs).toHaveCount(T - 1);
    for (let k = 0; k < T - 1; k++) {
      // Into s_k along W: Wᵀ(f′(z_{k+1}) ⊙ ∂E/∂s_{k+1}) = Σ_{t>k} ∂E_t/∂s_k.
      const fp = row(fwd.fprime, k + 1);
      const carried = norm2(
        matTVec(
          MODEL.W,
          row(G, k + 1).map((v, i) => v * fp[i]),
        ),
      );
      const seg = page.locator(`path[data-flow-seg="all:W-${k + 1}"]`);
      expect(Number(await seg.getAttribute('data-grad-norm'))).toBeCloseTo(carried, 12);
    }
  });
});
